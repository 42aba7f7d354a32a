from enum import StrEnum


class TaskStatusType0(StrEnum):
    ACTIVE = "ACTIVE"
    ALL = "ALL"
    DONE = "DONE"

    def __str__(self) -> str:
        return str(self.value)
