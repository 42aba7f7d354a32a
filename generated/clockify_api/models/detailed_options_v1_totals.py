from enum import StrEnum


class DetailedOptionsV1Totals(StrEnum):
    CALCULATE = "CALCULATE"
    EXCLUDE = "EXCLUDE"

    def __str__(self) -> str:
        return str(self.value)
