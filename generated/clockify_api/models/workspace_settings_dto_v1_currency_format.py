from enum import StrEnum


class WorkspaceSettingsDtoV1CurrencyFormat(StrEnum):
    CURRENCY_SPACE_VALUE = "CURRENCY_SPACE_VALUE"
    CURRENCY_VALUE = "CURRENCY_VALUE"
    VALUE_CURRENCY = "VALUE_CURRENCY"
    VALUE_SPACE_CURRENCY = "VALUE_SPACE_CURRENCY"

    def __str__(self) -> str:
        return str(self.value)
