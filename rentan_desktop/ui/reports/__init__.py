"""The reports area of the GUI."""
