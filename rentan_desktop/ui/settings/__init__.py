"""The settings area of the GUI."""
