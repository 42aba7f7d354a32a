from enum import StrEnum


class WeeklyFilterV1Group(StrEnum):
    PROJECT = "PROJECT"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
