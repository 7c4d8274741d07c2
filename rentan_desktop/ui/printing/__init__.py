"""The printing area of the GUI."""
