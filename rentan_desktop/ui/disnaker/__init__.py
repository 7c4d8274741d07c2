"""The disnaker area of the GUI."""
