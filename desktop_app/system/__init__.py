"""Paths, atomic output and logging: no other app package imported here."""
