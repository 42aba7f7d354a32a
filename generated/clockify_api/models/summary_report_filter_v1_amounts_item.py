from enum import StrEnum


class SummaryReportFilterV1AmountsItem(StrEnum):
    COST = "COST"
    EARNED = "EARNED"
    EXPORT = "EXPORT"
    HIDE_AMOUNT = "HIDE_AMOUNT"
    PROFIT = "PROFIT"

    def __str__(self) -> str:
        return str(self.value)
