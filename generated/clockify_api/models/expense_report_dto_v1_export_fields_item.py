"""Project template (scripts/templates/str_enum.py.jinja): a value the spec does not list yet is kept,
not refused, so a new server-side value never fails a whole response."""

from enum import StrEnum


class ExpenseReportDtoV1ExportFieldsItem(StrEnum):
    ADDITIONAL_FIELDS = "ADDITIONAL_FIELDS"
    AMOUNT = "AMOUNT"
    APPROVAL = "APPROVAL"
    APPROVED_BY = "APPROVED_BY"
    BALANCE = "BALANCE"
    BAR_CHART = "BAR_CHART"
    BILLABILITY = "BILLABILITY"
    BILLABLE = "BILLABLE"
    BILLABLE_AMOUNT = "BILLABLE_AMOUNT"
    BILLABLE_EXPENSES = "BILLABLE_EXPENSES"
    BILLABLE_H = "BILLABLE_H"
    BILLABLE_RATE = "BILLABLE_RATE"
    BILLABLE_TOTAL = "BILLABLE_TOTAL"
    BREAK = "BREAK"
    CATEGORY = "CATEGORY"
    CATEGORY_NO_OF_UNITS = "CATEGORY_NO_OF_UNITS"
    CATEGORY_UNIT = "CATEGORY_UNIT"
    CLIENT = "CLIENT"
    COST_AMOUNT = "COST_AMOUNT"
    COST_RATE = "COST_RATE"
    DAILY_WORK_CAPACITY = "DAILY_WORK_CAPACITY"
    DATE = "DATE"
    DATE_OF_APPROVAL = "DATE_OF_APPROVAL"
    DATE_OF_CREATION = "DATE_OF_CREATION"
    DECIMAL_DURATION = "DECIMAL_DURATION"
    DESCRIPTION = "DESCRIPTION"
    DUE_ON = "DUE_ON"
    DURATION = "DURATION"
    EMAIL = "EMAIL"
    END_DATE = "END_DATE"
    END_TIME = "END_TIME"
    ESTIMATED_BUDGET = "ESTIMATED_BUDGET"
    ESTIMATED_H = "ESTIMATED_H"
    EXPENSES = "EXPENSES"
    EXPENSE_TOTAL = "EXPENSE_TOTAL"
    GROUP = "GROUP"
    INVOICED = "INVOICED"
    INVOICE_ID = "INVOICE_ID"
    ISSUE_DATE = "ISSUE_DATE"
    KIOSK = "KIOSK"
    KIOSK_QR_CODE = "KIOSK_QR_CODE"
    NAME = "NAME"
    NON_BILLABLE_EXPENSES = "NON_BILLABLE_EXPENSES"
    NON_BILLABLE_H = "NON_BILLABLE_H"
    NOTE = "NOTE"
    NOTES = "NOTES"
    OVERAGE_BUDGET = "OVERAGE_BUDGET"
    OVERAGE_H = "OVERAGE_H"
    PIE_CHART_1 = "PIE_CHART_1"
    PIE_CHART_2 = "PIE_CHART_2"
    PIE_CHART_3 = "PIE_CHART_3"
    PROFIT = "PROFIT"
    PROGRESS = "PROGRESS"
    PROJECT = "PROJECT"
    PROJECTS = "PROJECTS"
    PROJECT_MANAGER = "PROJECT_MANAGER"
    PROJECT_MEMBERS = "PROJECT_MEMBERS"
    RECEIPTS = "RECEIPTS"
    RECURRING_ESTIMATE = "RECURRING_ESTIMATE"
    REMAINING_BUDGET = "REMAINING_BUDGET"
    REMAINING_H = "REMAINING_H"
    ROLE = "ROLE"
    RTL = "RTL"
    START_DATE = "START_DATE"
    START_TIME = "START_TIME"
    STATUS = "STATUS"
    SUBGROUP = "SUBGROUP"
    TAGS = "TAGS"
    TASK = "TASK"
    TASKS = "TASKS"
    TEAM_MANAGERS = "TEAM_MANAGERS"
    TEAM_MEMBERS = "TEAM_MEMBERS"
    TIME = "TIME"
    TOTAL = "TOTAL"
    TRACKED_BUDGET = "TRACKED_BUDGET"
    TRACKED_H = "TRACKED_H"
    TYPE = "TYPE"
    USER = "USER"
    VISIBILITY = "VISIBILITY"
    WEEK_START = "WEEK_START"
    WORKING_DAYS = "WORKING_DAYS"

    @classmethod
    def _missing_(cls, value: object) -> "ExpenseReportDtoV1ExportFieldsItem | None":
        # Only strings: a number or an object here is a wrong type, not a new value.
        if not isinstance(value, str):
            return None
        # A pseudo-member, not cached: an instance of the class and of str, holding the raw value.
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
