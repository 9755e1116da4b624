"""`stagenorm consumers`: which clients still write unknown or non-canonical stage labels.

The enforcement trigger records, per table, column, ``application_name``, role,
outcome and label, how often and when a label that was not canonical was
written (``stagenorm.label_writer``). :func:`report` reads
``stagenorm.consumer_report(since, examples)``: one row per client
(``application_name`` + role) with its unknown and normalized (written
non-canonical, stored canonical) counts, when it was last seen, and its most
frequent labels with what they became or the suggestions. It is the list a team
works through before ``enforce``: each row is a client that would start failing.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from stagenorm import db
from stagenorm.exceptions import InvalidArgument

_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_EXAMPLES = 20
LABEL_WIDTH = 40


def parse_since(text: str | None, now: datetime | None = None) -> datetime | None:
    """``24h``, ``7d``, ``30m``, ``2w`` (ago), or an ISO 8601 time (UTC when it has no zone)."""
    if text is None or text.strip() == "":
        return None
    now = now or datetime.now(UTC)
    relative = _RELATIVE.match(text)
    if relative:
        amount = float(relative.group(1))
        return now - timedelta(**{_UNITS[relative.group(2).lower()]: amount})
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidArgument(f"--since {text!r} is neither a duration nor a time",
                              hint="use e.g. 24h, 7d, 30m, or 2026-11-28T09:00:00Z") from exc
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def report(conn: db.Connection, since: datetime | None = None, examples: int = 3) -> list[dict[str, Any]]:
    if not 0 <= examples <= MAX_EXAMPLES:
        raise InvalidArgument(f"--examples must be 0-{MAX_EXAMPLES}", hint="e.g. --examples 3")
    return db.run(conn, "consumer_report", {"since": since, "max_examples": examples})


def printable(text: object, width: int | None = None) -> str:
    """Client-supplied text (application_name, labels) made safe for a terminal."""
    if text is None:
        return "(null)"
    shown = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))
    if width is not None and len(shown) > width:
        shown = shown[: width - 1] + "…"
    return shown


def _when(value: datetime | None) -> str:
    if value is None:
        return "-"
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def _example(entry: dict[str, Any]) -> str:
    label = printable(entry.get("label"), LABEL_WIDTH)
    count = int(entry.get("count") or 0)
    if entry.get("outcome") == "normalized":
        return f"'{label}' x{count:,} -> {entry.get('stored')}"
    if entry.get("known_now"):
        return f"'{label}' x{count:,} unknown when written, now known as {entry['known_now']}"
    suggestions = entry.get("suggestions") or []
    hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else " (no suggestion)"
    return f"'{label}' x{count:,} unknown{hint}"


def render_text(rows: list[dict[str, Any]], since: datetime | None, out: TextIO) -> None:
    scope = f" since {_when(since)}" if since else ""
    if not rows:
        out.write(f"consumers: no client wrote an unknown or non-canonical stage label{scope}\n")
        return
    headers = ("application_name", "role", "unknown", "would reject", "normalized", "last seen", "tables")
    table = [
        (printable(r["application_name"] or "(unset)", 32), printable(r["role"], 24),
         f"{r['unknown_writes']:,}", f"{r['would_reject']:,}", f"{r['normalized_writes']:,}",
         _when(r["last_seen"]), ", ".join(printable(t, 40) for t in r["tables"]))
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    right = {2, 3, 4}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row, cells in zip(rows, table, strict=True):
        out.write(line(cells) + "\n")
        for entry in row["examples"] or []:
            out.write(f"    {_example(entry)}\n")
    unknown = sum(int(r["unknown_writes"]) for r in rows)
    normalized = sum(int(r["normalized_writes"]) for r in rows)
    blocking = sum(1 for r in rows if int(r["would_reject"]) > 0)
    out.write(f"consumers: {len(rows)} client(s){scope}; {unknown:,} unknown and {normalized:,} normalized "
              f"writes; {blocking} client(s) would be refused under enforce\n")


def render_json(rows: list[dict[str, Any]], since: datetime | None, out: TextIO) -> None:
    document = {
        "since": since.isoformat() if since else None,
        "consumers": [
            {**row, "first_seen": row["first_seen"].isoformat() if row["first_seen"] else None,
             "last_seen": row["last_seen"].isoformat() if row["last_seen"] else None}
            for row in rows
        ],
    }
    json.dump(document, out, ensure_ascii=False, default=str)
    out.write("\n")
