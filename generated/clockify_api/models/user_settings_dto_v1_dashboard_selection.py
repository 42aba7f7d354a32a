from enum import StrEnum


class UserSettingsDtoV1DashboardSelection(StrEnum):
    ME = "ME"
    TEAM = "TEAM"

    def __str__(self) -> str:
        return str(self.value)
