"""Indonesian wording for the household register's workbooks: headers, import findings, export notes."""

from __future__ import annotations
