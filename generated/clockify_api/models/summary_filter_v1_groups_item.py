from enum import StrEnum


class SummaryFilterV1GroupsItem(StrEnum):
    CLIENT = "CLIENT"
    DATE = "DATE"
    MONTH = "MONTH"
    PROJECT = "PROJECT"
    TAG = "TAG"
    TASK = "TASK"
    TIMEENTRY = "TIMEENTRY"
    USER = "USER"
    USER_GROUP = "USER_GROUP"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)
