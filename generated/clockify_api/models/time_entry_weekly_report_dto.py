from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.daily_total_dto import DailyTotalDto
    from ..models.group_one_dto import GroupOneDto
    from ..models.time_entry_report_totals import TimeEntryReportTotals
    from ..models.user_dto import UserDto


T = TypeVar("T", bound="TimeEntryWeeklyReportDto")


@_attrs_define
class TimeEntryWeeklyReportDto:
    """Weekly report: groups with per-day totals.

    Attributes:
        decimal_format (bool | Unset):
        group_one (list[GroupOneDto] | Unset):
        include_users_without_time (bool | Unset):
        totals (list[TimeEntryReportTotals] | Unset):
        totals_by_day (list[DailyTotalDto] | Unset):
        track_time_down_to_seconds (bool | Unset):
        users_without_time (list[UserDto] | Unset):
    """

    decimal_format: bool | Unset = UNSET
    group_one: list[GroupOneDto] | Unset = UNSET
    include_users_without_time: bool | Unset = UNSET
    totals: list[TimeEntryReportTotals] | Unset = UNSET
    totals_by_day: list[DailyTotalDto] | Unset = UNSET
    track_time_down_to_seconds: bool | Unset = UNSET
    users_without_time: list[UserDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        decimal_format = self.decimal_format

        group_one: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_one, Unset):
            group_one = []
            for group_one_item_data in self.group_one:
                group_one_item = group_one_item_data.to_dict()
                group_one.append(group_one_item)

        include_users_without_time = self.include_users_without_time

        totals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = []
            for totals_item_data in self.totals:
                totals_item = totals_item_data.to_dict()
                totals.append(totals_item)

        totals_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.totals_by_day, Unset):
            totals_by_day = []
            for totals_by_day_item_data in self.totals_by_day:
                totals_by_day_item = totals_by_day_item_data.to_dict()
                totals_by_day.append(totals_by_day_item)

        track_time_down_to_seconds = self.track_time_down_to_seconds

        users_without_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users_without_time, Unset):
            users_without_time = []
            for users_without_time_item_data in self.users_without_time:
                users_without_time_item = users_without_time_item_data.to_dict()
                users_without_time.append(users_without_time_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if decimal_format is not UNSET:
            field_dict["decimalFormat"] = decimal_format
        if group_one is not UNSET:
            field_dict["groupOne"] = group_one
        if include_users_without_time is not UNSET:
            field_dict["includeUsersWithoutTime"] = include_users_without_time
        if totals is not UNSET:
            field_dict["totals"] = totals
        if totals_by_day is not UNSET:
            field_dict["totalsByDay"] = totals_by_day
        if track_time_down_to_seconds is not UNSET:
            field_dict["trackTimeDownToSeconds"] = track_time_down_to_seconds
        if users_without_time is not UNSET:
            field_dict["usersWithoutTime"] = users_without_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.daily_total_dto import DailyTotalDto
        from ..models.group_one_dto import GroupOneDto
        from ..models.time_entry_report_totals import TimeEntryReportTotals
        from ..models.user_dto import UserDto

        d = dict(src_dict)
        decimal_format = d.pop("decimalFormat", UNSET)

        _group_one = d.pop("groupOne", UNSET)
        group_one: list[GroupOneDto] | Unset = UNSET
        if _group_one is not UNSET:
            group_one = []
            for group_one_item_data in _group_one:
                group_one_item = GroupOneDto.from_dict(group_one_item_data)

                group_one.append(group_one_item)

        include_users_without_time = d.pop("includeUsersWithoutTime", UNSET)

        _totals = d.pop("totals", UNSET)
        totals: list[TimeEntryReportTotals] | Unset = UNSET
        if _totals is not UNSET:
            totals = []
            for totals_item_data in _totals:
                totals_item = TimeEntryReportTotals.from_dict(totals_item_data)

                totals.append(totals_item)

        _totals_by_day = d.pop("totalsByDay", UNSET)
        totals_by_day: list[DailyTotalDto] | Unset = UNSET
        if _totals_by_day is not UNSET:
            totals_by_day = []
            for totals_by_day_item_data in _totals_by_day:
                totals_by_day_item = DailyTotalDto.from_dict(totals_by_day_item_data)

                totals_by_day.append(totals_by_day_item)

        track_time_down_to_seconds = d.pop("trackTimeDownToSeconds", UNSET)

        _users_without_time = d.pop("usersWithoutTime", UNSET)
        users_without_time: list[UserDto] | Unset = UNSET
        if _users_without_time is not UNSET:
            users_without_time = []
            for users_without_time_item_data in _users_without_time:
                users_without_time_item = UserDto.from_dict(users_without_time_item_data)

                users_without_time.append(users_without_time_item)

        time_entry_weekly_report_dto = cls(
            decimal_format=decimal_format,
            group_one=group_one,
            include_users_without_time=include_users_without_time,
            totals=totals,
            totals_by_day=totals_by_day,
            track_time_down_to_seconds=track_time_down_to_seconds,
            users_without_time=users_without_time,
        )

        time_entry_weekly_report_dto.additional_properties = d
        return time_entry_weekly_report_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
