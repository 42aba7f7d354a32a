from enum import StrEnum


class WorkspaceSettingsDtoV1AdminOnlyPages(StrEnum):
    PROJECT = "PROJECT"
    REPORTS = "REPORTS"
    TEAM = "TEAM"

    def __str__(self) -> str:
        return str(self.value)
