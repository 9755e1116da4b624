"""stagenorm's exceptions: one root, a class per error, SQLSTATEs translated at one boundary.

SQL functions raise SQLSTATEs of stagenorm's own class ``SN``; :func:`from_psycopg`
turns them into these classes. Tests and callers match the class (or SQLSTATE),
never the wording.
"""

from __future__ import annotations

from typing import Any

import psycopg


class StagenormError(Exception):
    """An error in stagenorm."""

    sqlstate: str | None = None

    def __init__(self, message: str | None = None, *, hint: str | None = None, **details: Any) -> None:
        self.message = message or (self.__doc__ or "").strip()
        self.hint = hint
        self.details = details
        super().__init__(self.message)


class ConfigurationError(StagenormError):
    """The configuration is invalid; run `stagenorm preflight` for the details."""


class RulesNotInstalled(StagenormError):
    """The stagenorm schema is not installed in this database; run `stagenorm migrate`."""

    sqlstate = "SN000"


class StageValidationError(StagenormError):
    """A stage label is unknown and the validation mode is enforce."""

    sqlstate = "SN001"

    def __init__(self, message: str | None = None, *, invalid: list[str] | None = None,
                 suggestions: dict[str, list[str]] | None = None, **kw: Any) -> None:
        self.invalid = list(invalid or [])
        self.suggestions = dict(suggestions or {})
        super().__init__(message, **kw)


class InvalidMode(StagenormError):
    """The validation mode must be one of off, warn, enforce."""

    sqlstate = "SN002"


class InvalidArgument(StagenormError):
    """An argument is out of range or of the wrong kind."""

    sqlstate = "SN003"


class JobBusy(StagenormError):
    """Another batched normalization holds the lock for this table and column."""

    sqlstate = "SN004"


class UnsupportedTable(StagenormError):
    """The table cannot be processed (no single-column primary key, or the column is not text)."""

    sqlstate = "SN005"


class InTransactionBlock(StagenormError):
    """The procedure commits per batch and cannot run inside a transaction block."""

    sqlstate = "SN006"


class JobNotFound(StagenormError):
    """No such batched normalization job, or it cannot be reverted in its state."""

    sqlstate = "SN007"


class GateRefused(StagenormError):
    """The promotion gate is not green; the mode was not changed."""

    sqlstate = "SN008"


class AliasConflict(StagenormError):
    """The alias already means another stage, or is not in folded form."""

    sqlstate = "SN009"


class NotAuthorized(StagenormError):
    """The database role lacks stagenorm_admin (GRANT stagenorm_admin TO <role>)."""

    sqlstate = "42501"


def _subclasses(cls: type[StagenormError]) -> list[type[StagenormError]]:
    found: list[type[StagenormError]] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


# Every class that names a SQLSTATE, so a new class cannot be left out of the translation.
# The list of codes is docs/sqlstates.md; tests/test_sqlstates.py holds sql/, this module and
# that page equal.
_BY_SQLSTATE: dict[str, type[StagenormError]] = {
    cls.sqlstate: cls for cls in _subclasses(StagenormError) if cls.sqlstate
}
_BY_SQLSTATE["2D000"] = InTransactionBlock  # invalid_transaction_termination: CALL inside BEGIN


def for_sqlstate(sqlstate: str) -> type[StagenormError] | None:
    """The exception class a SQLSTATE is translated to, or None when it is not one of ours."""
    return _BY_SQLSTATE.get(sqlstate)


def from_psycopg(exc: psycopg.Error) -> StagenormError | psycopg.Error:
    """The stagenorm exception for a database error, or the error itself when it is not ours."""
    cls = _BY_SQLSTATE.get(exc.sqlstate or "")
    if cls is None:
        return exc
    diag = exc.diag
    return cls(diag.message_primary or str(exc), hint=diag.message_hint, detail=diag.message_detail)
