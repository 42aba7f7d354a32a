from enum import StrEnum


class ContainsArchivedFilterV1Status(StrEnum):
    ACTIVE = "ACTIVE"
    ALL = "ALL"
    ARCHIVED = "ARCHIVED"

    def __str__(self) -> str:
        return str(self.value)
