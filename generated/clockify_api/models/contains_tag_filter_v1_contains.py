from enum import StrEnum


class ContainsTagFilterV1Contains(StrEnum):
    CONTAINS = "CONTAINS"
    CONTAINS_ONLY = "CONTAINS_ONLY"
    DOES_NOT_CONTAIN = "DOES_NOT_CONTAIN"

    def __str__(self) -> str:
        return str(self.value)
