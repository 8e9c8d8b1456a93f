"""Paths, atomic files, logs, fast-path version checks, the collector policy: no other app imports."""
