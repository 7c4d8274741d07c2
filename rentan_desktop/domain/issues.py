"""Validation findings that name the field they concern, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    field: str
    message: str
    severity: Severity = "error"
    code: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass
class Findings:
    issues: list[Issue] = field(default_factory=list)

    def error(self, field_name: str, message: str, code: str = "") -> None:
        self.issues.append(Issue(field_name, message, "error", code))

    def warning(self, field_name: str, message: str, code: str = "") -> None:
        self.issues.append(Issue(field_name, message, "warning", code))

    def extend(self, issues: list[Issue]) -> None:
        self.issues.extend(issues)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_field(self, field_name: str) -> list[Issue]:
        return [i for i in self.issues if i.field == field_name]


class ValidationError(ValueError):
    """Raised by services when a record cannot be stored; carries every finding."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__("; ".join(f"{i.field}: {i.message}" for i in issues))
