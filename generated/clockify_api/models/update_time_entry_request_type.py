from enum import StrEnum


class UpdateTimeEntryRequestType(StrEnum):
    BREAK = "BREAK"
    REGULAR = "REGULAR"

    def __str__(self) -> str:
        return str(self.value)
