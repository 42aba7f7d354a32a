from enum import StrEnum


class EstimateResetDtoInterval(StrEnum):
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"
    YEARLY = "YEARLY"

    def __str__(self) -> str:
        return str(self.value)
