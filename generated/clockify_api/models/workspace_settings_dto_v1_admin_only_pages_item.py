"""Project template (scripts/templates/str_enum.py.jinja): a value the spec does not list yet is kept,
not refused, so a new server-side value never fails a whole response."""

from enum import StrEnum


class WorkspaceSettingsDtoV1AdminOnlyPagesItem(StrEnum):
    PROJECT = "PROJECT"
    REPORTS = "REPORTS"
    TEAM = "TEAM"

    @classmethod
    def _missing_(cls, value: object) -> "WorkspaceSettingsDtoV1AdminOnlyPagesItem | None":
        # Only strings: a number or an object here is a wrong type, not a new value.
        if not isinstance(value, str):
            return None
        # A pseudo-member, not cached: an instance of the class and of str, holding the raw value.
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
