from enum import StrEnum


class AttendanceReportFilterV1DateRangeType(StrEnum):
    ABSOLUTE = "ABSOLUTE"
    LAST_MONTH = "LAST_MONTH"
    LAST_WEEK = "LAST_WEEK"
    LAST_YEAR = "LAST_YEAR"
    PAST_TWO_WEEKS = "PAST_TWO_WEEKS"
    THIS_MONTH = "THIS_MONTH"
    THIS_WEEK = "THIS_WEEK"
    THIS_YEAR = "THIS_YEAR"
    TODAY = "TODAY"
    YESTERDAY = "YESTERDAY"

    def __str__(self) -> str:
        return str(self.value)
