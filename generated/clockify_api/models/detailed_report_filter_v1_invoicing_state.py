from enum import StrEnum


class DetailedReportFilterV1InvoicingState(StrEnum):
    ALL = "ALL"
    INVOICED = "INVOICED"
    UNINVOICED = "UNINVOICED"

    def __str__(self) -> str:
        return str(self.value)
