"""PDF documents an OPD hands out: enrollment forms, statement letters, deduction lists,
receipts and the key fingerprint letter (reportlab, no Qt). Shared pieces live in base.py."""
