from enum import StrEnum


class GetProjectsAccess(StrEnum):
    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"

    def __str__(self) -> str:
        return str(self.value)
