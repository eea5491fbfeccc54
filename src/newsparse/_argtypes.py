"""Readers of the command line's option values (``--tz``, ``--reference-time``, ``-j``).

Each turns one option's text into its value or raises :class:`argparse.ArgumentTypeError`,
which :mod:`argparse` reports as a usage error. Both commands (``parse`` and ``explain``)
read their options with them.
"""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime, timedelta, timezone, tzinfo

__all__ = ["jobs_value", "time_value", "zone_value"]


def zone_value(value: str) -> tzinfo:
    """``UTC``, ``+05:00`` or an IANA name such as ``Europe/Berlin``."""
    if value.upper() in ("UTC", "Z"):
        return UTC
    if value[:1] in "+-" and len(value) in (5, 6):
        sign = -1 if value[0] == "-" else 1
        digits = value[1:].replace(":", "")
        if digits.isdigit() and len(digits) == 4:
            try:
                return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
            except ValueError:
                pass
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(value)
    except (ValueError, KeyError, OSError) as exc:
        raise argparse.ArgumentTypeError(f"unknown time zone: {value!r}") from exc


def time_value(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}") from exc


def jobs_value(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return n or os.cpu_count() or 1
