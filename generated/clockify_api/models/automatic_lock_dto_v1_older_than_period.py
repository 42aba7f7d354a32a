from enum import StrEnum


class AutomaticLockDtoV1OlderThanPeriod(StrEnum):
    DAYS = "DAYS"
    MONTHS = "MONTHS"
    WEEKS = "WEEKS"

    def __str__(self) -> str:
        return str(self.value)
