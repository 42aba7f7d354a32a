from enum import StrEnum


class AttendanceFilterV1SortColumn(StrEnum):
    BREAK = "BREAK"
    CAPACITY = "CAPACITY"
    DATE = "DATE"
    END = "END"
    OVERTIME = "OVERTIME"
    START = "START"
    TIME_OFF = "TIME_OFF"
    USER = "USER"
    WORK = "WORK"

    def __str__(self) -> str:
        return str(self.value)
