"""Keeping an install alive on an office PC: backups, integrity checks, logs, diagnostics."""
