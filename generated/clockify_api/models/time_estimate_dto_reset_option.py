from enum import StrEnum


class TimeEstimateDtoResetOption(StrEnum):
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"
    YEARLY = "YEARLY"

    def __str__(self) -> str:
        return str(self.value)
