from enum import StrEnum


class UpdateCustomFieldRequestSourceType(StrEnum):
    PROJECT = "PROJECT"
    TIMEENTRY = "TIMEENTRY"
    WORKSPACE = "WORKSPACE"

    def __str__(self) -> str:
        return str(self.value)
