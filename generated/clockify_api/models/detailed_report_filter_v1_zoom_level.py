from enum import StrEnum


class DetailedReportFilterV1ZoomLevel(StrEnum):
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)
