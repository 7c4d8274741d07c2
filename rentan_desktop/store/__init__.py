"""The local SQLite store: opening, migrations, settings, audit trail and queries."""
