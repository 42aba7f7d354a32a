from enum import StrEnum


class GetProjectsSortColumn(StrEnum):
    BUDGET = "BUDGET"
    CLIENT_NAME = "CLIENT_NAME"
    DURATION = "DURATION"
    ID = "ID"
    NAME = "NAME"
    PROGRESS = "PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
