"""Sponsors and workers: validation, services (the one door for writes), queries, import, demo."""
