"""The workspace's SQLite file through sqlite-utils: schema, opening, repositories, backups."""
