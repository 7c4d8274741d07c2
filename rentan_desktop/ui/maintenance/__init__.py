"""The maintenance area of the GUI."""
