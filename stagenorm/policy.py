"""The validation mode's facts, stated once for Python: the mode names, the promotion gate's
defaults, and the ranges every entry point checks (CLI, ModeStore, the webhook).

The SQL states the same facts in ``sql/`` (``set_mode``, ``promotion_gate``); ``tests/test_policy.py``
holds the two equal against the installed functions. Change one, change both.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from stagenorm.exceptions import InvalidArgument, InvalidMode

# The modes, weakest first: off (nothing checked), warn (unknown labels kept and counted),
# enforce (unknown labels rejected with SN001).
MODES: Final = ("off", "warn", "enforce")
DEFAULT_MODE: Final = "warn"  # what a process runs in when nothing says otherwise

# stagenorm.promotion_gate(at, window_minutes, min_values, max_unknown_ratio)'s defaults.
GATE_WINDOW_MINUTES: Final = 30
GATE_MIN_VALUES: Final = 1000
GATE_MAX_UNKNOWN_RATIO: Final = Decimal("0.005")
GATE_WINDOW_RANGE: Final = (1, 10080)  # a minute to a week

# stagenorm.set_mode's text arguments: 1 to N characters, not blank.
MAX_ACTOR: Final = 200
MAX_REASON: Final = 2000
MAX_SOURCE: Final = 50

HISTORY_LIMIT_RANGE: Final = (1, 10_000)  # rows of the audit trail one call reads


def check_mode(mode: object, what: str = "mode") -> str:
    """``mode`` when it is one of :data:`MODES`, else :class:`InvalidMode` (SN002)."""
    if not isinstance(mode, str) or mode not in MODES:
        raise InvalidMode(f"{what} must be one of {', '.join(MODES)}, not {mode!r}",
                          hint=f"use one of {', '.join(MODES)}")
    return mode


def check_history_limit(limit: object) -> int:
    low, high = HISTORY_LIMIT_RANGE
    if isinstance(limit, bool) or not isinstance(limit, int) or not low <= limit <= high:
        raise InvalidArgument(f"limit must be {low} to {high}", hint="e.g. --limit 20")
    return limit

