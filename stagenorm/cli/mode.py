"""`stagenorm mode ...`: read, set and promote the validation mode from the shell.

    stagenorm mode get                     # first line: the mode; then source, since, by whom
    stagenorm mode set warn --actor alice --reason "rollout step 2" [--via URL]
    stagenorm mode promote enforce --actor alice --reason "gate green" [--force]
    stagenorm mode gate                    # the promotion gate's numbers
    stagenorm mode history                 # the audit trail

Exit status: 0 done, 1 refused (promotion gate not green), 2 error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from stagenorm import policy
from stagenorm.config import Settings
from stagenorm.exceptions import GateRefused
from stagenorm.modes import ModeChange, ModeStore
from stagenorm.policy import MODES


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    return dataclasses.replace(settings, database_url=args.database_url or settings.database_url,
                               redis_url=args.redis_url or settings.redis_url)


def _store(args: argparse.Namespace) -> ModeStore:
    return ModeStore(_settings(args), subscribe=False)


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return "-" if value is None else str(value)


def _printable(text: object) -> str:
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in str(text))


def _ratio(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from exc
    if not value.is_finite() or not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("a fraction from 0 to 1 (0.005 is 0.5%)")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _print_change(change: ModeChange | None, mode: str) -> None:
    if change is None:
        print(f"mode unchanged: already {mode}")
        return
    forced = " (forced past the promotion gate)" if change.forced else ""
    print(f"mode {change.new_mode} (was {change.old_mode}){forced}")
    print(f"audit id {change.id}, by {_printable(change.actor)} as {change.db_role}, at {_when(change.changed_at)}")


def _print_gate(gate: dict[str, Any], args: argparse.Namespace, out: Any = sys.stdout) -> None:
    worst = gate.get("worst_minute_ratio")
    rows = [
        ("mode", gate["mode"], "warn"),
        ("minutes in warn", gate["minutes_in_warn"], f">= {args.window_minutes}"),
        (f"values in the last {args.window_minutes} min", gate["total_values"], f">= {args.min_values}"),
        ("unknown values", gate["unknown_values"], ""),
        ("worst minute unknown rate",
         "-" if worst is None else f"{Decimal(worst) * 100:.3f}% at {_when(gate['worst_minute'])}",
         f"<= {args.max_unknown_ratio * 100:.3f}%"),
    ]
    print(f"promotion gate: {'GREEN' if gate['green'] else 'RED'}", file=out)
    for name, value, need in rows:
        print(f"  {name:<32} {value!s:<32} {need}", file=out)
    for reason in gate["reasons"] or []:
        print(f"  - {reason}", file=out)


def cmd_get(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        reading = store.get()
    finally:
        store.close()
    if args.json:
        print(json.dumps(reading.as_json()))
        return 0
    print(reading.mode)
    print(f"source: {reading.source}{' (stale: no backend answered)' if reading.stale else ''}")
    print(f"since: {_when(reading.since)}")
    print(f"changed by: {_printable(reading.changed_by) if reading.changed_by else '-'}")
    if reading.reason:
        print(f"reason: {_printable(reading.reason)}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    if args.via:
        from stagenorm.web import ops_client  # written with the ops webhook; only needed here

        settings = _settings(args)
        answer = ops_client.send_mode_change(args.via, mode=args.mode, actor=args.actor, reason=args.reason,
                                             secret=" ".join(settings.webhook_secrets))
        print(f"mode {answer.get('mode', args.mode)} (via {args.via}; applied: {answer.get('applied')})")
        return 0
    store = _store(args)
    try:
        change = store.set(args.mode, args.actor, args.reason, source="cli")
    finally:
        store.close()
    _print_change(change, args.mode)
    return 0


def cmd_promote(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        try:
            change = store.promote(args.mode, args.actor, args.reason, force=args.force,
                                   window_minutes=args.window_minutes, min_values=args.min_values,
                                   max_unknown_ratio=args.max_unknown_ratio, source="cli")
        except GateRefused as exc:
            print(f"stagenorm: refused: {exc.message}", file=sys.stderr)
            gate = store.gate(window_minutes=args.window_minutes, min_values=args.min_values,
                              max_unknown_ratio=args.max_unknown_ratio)
            _print_gate(gate, args, out=sys.stderr)
            print("hint: wait for a green gate (stagenorm mode gate), or --force with a reason "
                  "(audited as forced)", file=sys.stderr)
            return 1
    finally:
        store.close()
    _print_change(change, args.mode)
    return 0


def cmd_gate(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        gate = store.gate(window_minutes=args.window_minutes, min_values=args.min_values,
                          max_unknown_ratio=args.max_unknown_ratio)
    finally:
        store.close()
    if args.json:
        print(json.dumps(gate, default=str))
    else:
        _print_gate(gate, args)
    return 0 if gate["green"] else 1


def cmd_history(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        rows = store.history(args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, default=str))
        return 0
    for row in rows:
        forced = " FORCED" if row["forced"] else ""
        print(f"{row['id']:>6}  {_when(row['changed_at'])}  {row['old_mode']:>7} -> {row['new_mode']:<7}"
              f"  {row['source']:<12} {_printable(row['actor'])}{forced}: {_printable(row['reason'])}")
    return 0


def _gate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--window-minutes", type=_positive, default=policy.GATE_WINDOW_MINUTES,
                        help="minutes in warn and of traffic the gate looks at (default: %(default)s)")
    parser.add_argument("--min-values", type=_positive, default=policy.GATE_MIN_VALUES,
                        help="values validated in the window, at least (default: %(default)s)")
    parser.add_argument("--max-unknown-ratio", type=_ratio, default=policy.GATE_MAX_UNKNOWN_RATIO,
                        help="highest unknown rate allowed in any minute of the window "
                             f"(default: {policy.GATE_MAX_UNKNOWN_RATIO} = {(policy.GATE_MAX_UNKNOWN_RATIO * 100).normalize()}%%)")


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "mode", help="read, set or promote the stage validation mode",
        description="The stage validation mode (off, warn, enforce): PostgreSQL holds it, Redis caches it.",
    )
    parser.add_argument("--database-url", default=None,
                        help="libpq URL of the database (default: $DATABASE_URL)")
    parser.add_argument("--redis-url", default=None, help="Redis of the mode cache (default: $REDIS_URL)")
    sub = parser.add_subparsers(dest="mode_command", required=True, metavar="ACTION")

    get = sub.add_parser("get", help="print the mode in force (first line), its source, since when, by whom")
    get.add_argument("--json", action="store_true", help="one JSON object")
    get.set_defaults(func=cmd_get)

    set_ = sub.add_parser("set", help="set the mode (audited)")
    set_.add_argument("mode", choices=MODES)
    set_.add_argument("--actor", required=True, help="who is making the change")
    set_.add_argument("--reason", required=True, help="why")
    set_.add_argument("--via", metavar="URL",
                      help="send it signed to the ops webhook at URL (secret: $ALERTMANAGER_WEBHOOK_SECRET)")
    set_.set_defaults(func=cmd_set)

    promote = sub.add_parser("promote", help="raise the mode: warn from off, enforce through the promotion gate")
    promote.add_argument("mode", choices=("warn", "enforce"))
    promote.add_argument("--actor", required=True, help="who is making the change")
    promote.add_argument("--reason", required=True, help="why (required, also with --force)")
    promote.add_argument("--force", action="store_true",
                         help="set enforce even when the gate is red (audited as forced)")
    _gate_options(promote)
    promote.set_defaults(func=cmd_promote)

    gate = sub.add_parser("gate", help="the promotion gate: green or red, and its numbers (exit 1 when red)")
    gate.add_argument("--json", action="store_true", help="one JSON object")
    _gate_options(gate)
    gate.set_defaults(func=cmd_gate)

    history = sub.add_parser("history", help="the mode audit trail, newest first")
    history.add_argument("--limit", type=int, default=20, help="rows (default: 20)")
    history.add_argument("--json", action="store_true", help="a JSON array")
    history.set_defaults(func=cmd_history)
