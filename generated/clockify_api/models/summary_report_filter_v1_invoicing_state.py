from enum import StrEnum


class SummaryReportFilterV1InvoicingState(StrEnum):
    ALL = "ALL"
    INVOICED = "INVOICED"
    UNINVOICED = "UNINVOICED"

    def __str__(self) -> str:
        return str(self.value)
