"""Backup, restore, integrity checks and moving a register to a server."""
