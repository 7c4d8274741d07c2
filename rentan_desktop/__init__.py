"""Rentan Desktop: 'Satu ASN Satu Pekerja Rentan' for OPD and Disnaker installs."""

__version__ = "0.1.0"
