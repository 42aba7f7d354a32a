from enum import StrEnum


class SummaryFilterV1SummaryChartType(StrEnum):
    BILLABILITY = "BILLABILITY"
    PROJECT = "PROJECT"

    def __str__(self) -> str:
        return str(self.value)
