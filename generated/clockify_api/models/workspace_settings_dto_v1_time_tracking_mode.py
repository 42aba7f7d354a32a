from enum import StrEnum


class WorkspaceSettingsDtoV1TimeTrackingMode(StrEnum):
    DEFAULT = "DEFAULT"
    STOPWATCH_ONLY = "STOPWATCH_ONLY"

    def __str__(self) -> str:
        return str(self.value)
