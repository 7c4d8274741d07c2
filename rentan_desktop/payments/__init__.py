"""Contributions: rate tables, due dates, recording payments, arrears and deduction lists."""
