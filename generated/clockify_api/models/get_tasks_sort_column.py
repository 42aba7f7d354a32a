from enum import StrEnum


class GetTasksSortColumn(StrEnum):
    ID = "ID"
    NAME = "NAME"

    def __str__(self) -> str:
        return str(self.value)
