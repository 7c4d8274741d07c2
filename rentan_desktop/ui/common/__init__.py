"""The common area of the GUI."""
