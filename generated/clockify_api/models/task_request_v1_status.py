from enum import StrEnum


class TaskRequestV1Status(StrEnum):
    ACTIVE = "ACTIVE"
    ALL = "ALL"
    DONE = "DONE"

    def __str__(self) -> str:
        return str(self.value)
