"""The roster area of the GUI."""
