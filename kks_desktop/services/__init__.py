"""Use cases shared by the GUI, the CLI and the benchmarks; no Qt, no user-facing sentences."""
