"""The sync area of the GUI."""
