from enum import StrEnum


class DetailedFilterV1SortColumn(StrEnum):
    DATE = "DATE"
    DESCRIPTION = "DESCRIPTION"
    DURATION = "DURATION"
    ID = "ID"
    NATURAL = "NATURAL"
    USER = "USER"
    USER_DATE = "USER_DATE"
    ZONED_DATE = "ZONED_DATE"

    def __str__(self) -> str:
        return str(self.value)
