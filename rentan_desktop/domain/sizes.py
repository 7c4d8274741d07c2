"""File sizes in the clerk's units: '22 KB', '1,4 MB' (decimal comma in Indonesian)."""

from __future__ import annotations

_UNITS = ("KB", "MB", "GB", "TB")


def file_size(size: int, language: str = "id") -> str:
    """Bytes as KB, MB or GB with one decimal below ten; 0 and tiny files read '1 KB' at least
    (a backup listed as '0.0 MB' told the clerk nothing: QA walk r5, 20)."""
    value = max(int(size), 0) / 1000
    unit = _UNITS[0]
    for unit in _UNITS:
        if value < 1000 or unit == _UNITS[-1]:
            break
        value /= 1000
    if unit == "KB":
        return f"{max(round(value), 1)} KB"
    text = f"{value:.1f}" if value < 10 else f"{round(value)}"
    if language == "id":
        text = text.replace(".", ",")
    return f"{text} {unit}"
