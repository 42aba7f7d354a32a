from enum import StrEnum


class ExpenseReportFilterV1InvoicingState(StrEnum):
    ALL = "ALL"
    INVOICED = "INVOICED"
    UNINVOICED = "UNINVOICED"

    def __str__(self) -> str:
        return str(self.value)
