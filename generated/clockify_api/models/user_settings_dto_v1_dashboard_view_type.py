from enum import StrEnum


class UserSettingsDtoV1DashboardViewType(StrEnum):
    BILLABILITY = "BILLABILITY"
    PROJECT = "PROJECT"

    def __str__(self) -> str:
        return str(self.value)
