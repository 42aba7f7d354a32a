from enum import StrEnum


class SummaryFilterV1SortColumn(StrEnum):
    AMOUNT = "AMOUNT"
    COST = "COST"
    DURATION = "DURATION"
    EARNED = "EARNED"
    GROUP = "GROUP"
    PROFIT = "PROFIT"

    def __str__(self) -> str:
        return str(self.value)
