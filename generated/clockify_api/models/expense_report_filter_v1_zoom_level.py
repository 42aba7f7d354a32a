from enum import StrEnum


class ExpenseReportFilterV1ZoomLevel(StrEnum):
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)
