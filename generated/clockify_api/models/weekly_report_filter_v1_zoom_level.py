from enum import StrEnum


class WeeklyReportFilterV1ZoomLevel(StrEnum):
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)
