"""Figures and tables computed from the store (no Qt): compliance, workers, money for an OPD;
the consolidated picture, ranking, coverage, freshness and duplicates for Disnaker.

`registry.build(db, name, ReportParams(...))` returns a `model.Report`; `xlsx`, `csv_export`
and `pdf` turn a Report into files.
"""
