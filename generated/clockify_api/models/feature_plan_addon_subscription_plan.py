from enum import StrEnum


class FeaturePlanAddonSubscriptionPlan(StrEnum):
    BASIC = "BASIC"
    ENTERPRISE = "ENTERPRISE"
    FREE = "FREE"
    PRO = "PRO"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
