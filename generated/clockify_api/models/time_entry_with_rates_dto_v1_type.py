from enum import StrEnum


class TimeEntryWithRatesDtoV1Type(StrEnum):
    BREAK = "BREAK"
    HOLIDAY = "HOLIDAY"
    REGULAR = "REGULAR"
    TIME_OFF = "TIME_OFF"

    def __str__(self) -> str:
        return str(self.value)
