"""The shell area of the GUI."""
