from enum import StrEnum


class UpdateTimeEntryBulkRequestType(StrEnum):
    BREAK = "BREAK"
    REGULAR = "REGULAR"

    def __str__(self) -> str:
        return str(self.value)
