from enum import StrEnum


class WeeklyReportFilterV1InvoicingState(StrEnum):
    ALL = "ALL"
    INVOICED = "INVOICED"
    UNINVOICED = "UNINVOICED"

    def __str__(self) -> str:
        return str(self.value)
