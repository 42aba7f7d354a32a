from enum import StrEnum


class ExpenseReportFilterV1SortColumn(StrEnum):
    AMOUNT = "AMOUNT"
    CATEGORY = "CATEGORY"
    DATE = "DATE"
    ID = "ID"
    PROJECT = "PROJECT"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
