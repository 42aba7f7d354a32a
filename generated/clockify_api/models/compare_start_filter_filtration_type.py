from enum import StrEnum


class CompareStartFilterFiltrationType(StrEnum):
    EXACTLY = "EXACTLY"
    LARGER_THAN = "LARGER_THAN"
    SMALLER_THAN = "SMALLER_THAN"

    def __str__(self) -> str:
        return str(self.value)
