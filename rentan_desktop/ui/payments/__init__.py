"""The payments area of the GUI."""
