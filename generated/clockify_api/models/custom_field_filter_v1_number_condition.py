from enum import StrEnum


class CustomFieldFilterV1NumberCondition(StrEnum):
    EQUAL = "EQUAL"
    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"

    def __str__(self) -> str:
        return str(self.value)
