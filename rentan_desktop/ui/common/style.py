"""The few colours that carry meaning in the GUI, named once (error red, warning amber, done green)."""

from __future__ import annotations

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
OK_COLOUR = "#1b7f3a"

ERROR_STYLE = f"color: {ERROR_COLOUR};"
WARNING_STYLE = f"color: {WARNING_COLOUR};"
ERROR_BORDER_STYLE = f"border: 1px solid {ERROR_COLOUR};"
