"""The province hub: a PostgreSQL database fed by the bundles each city's Disnaker install exports.

The hub keeps the desktop store's table and column names (opds, sponsors, workers, payments,
rate tables, settings) with a `pemda_id` beside them, so the desktop's report code runs on it
through `hub.reportdb.ReportDb`; what is new is the Pemda dimension (province ranking, duplicate
NIKs across cities, freshness per city). Bundles are verified, decrypted and checked by the
same sync code as OPD -> Disnaker (rentan_desktop.sync); only the final write differs (COPY).
"""
