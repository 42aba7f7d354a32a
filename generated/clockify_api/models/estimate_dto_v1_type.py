from enum import StrEnum


class EstimateDtoV1Type(StrEnum):
    AUTO = "AUTO"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
