from enum import StrEnum


class EstimateWithOptionsDtoType(StrEnum):
    AUTO = "AUTO"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
