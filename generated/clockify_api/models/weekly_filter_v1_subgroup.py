from enum import StrEnum


class WeeklyFilterV1Subgroup(StrEnum):
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
