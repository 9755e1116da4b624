"""SQLAlchemy column types that validate stage labels on the Python side, following the mode.

For applications that write deals through SQLAlchemy::

    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
    from stagenorm.orm import StageDistribution, StageLabel

    class Deal(Base):
        __tablename__ = "deals"
        id: Mapped[int] = mapped_column(primary_key=True)
        stage: Mapped[str | None] = mapped_column(StageLabel())
        stage_distribution: Mapped[dict[str, float] | None] = mapped_column(StageDistribution())

Every value bound for the column (ORM flushes, Core ``insert``/``update`` ``values``)
goes through :func:`stagenorm.validation.validate_stage` (``validate_distribution``) under
the mode in force, read from a :class:`~stagenorm.modes.ModeStore` (the process-wide one
unless ``store=`` is given):

- ``off``: stored as given;
- ``warn``: a known label is stored as its canonical key (``'Series-A'`` -> ``series_a``),
  an unknown one as given, logged (sampled) and counted with ``caller="python"``;
- ``enforce``: an unknown label never reaches the database. The flush raises
  :class:`sqlalchemy.exc.StatementError` whose ``.orig`` is the
  :class:`~stagenorm.exceptions.StageValidationError` (``invalid``, ``suggestions``).

Comparisons (``Deal.stage == "..."``, ``in_``) bind the value as given: a query is not a
write, so it is neither normalized, counted nor refused. After a flush, an object's
attribute holds what was assigned until it is loaded again (a commit expires it).

The database stays the enforcement of record: ``stagenorm.enforce_stage_column`` triggers
check every writer, this type included. The type only answers earlier, in the
application's process, with the same rules and the same mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import Text, TypeDecorator, TypeEngine

from stagenorm.validation import validate_distribution, validate_stage

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect
    from sqlalchemy.sql.operators import OperatorType

    from stagenorm.modes import ModeStore


class StageLabel(TypeDecorator[str]):
    """A ``text`` column of stage labels, validated and normalized when bound."""

    impl = Text
    cache_ok = True  # the one argument, the store, is compared by identity

    def __init__(self, *, store: ModeStore | None = None) -> None:
        super().__init__()
        self.store = store

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return validate_stage(value, store=self.store).value

    def coerce_compared_value(self, op: OperatorType | None, value: Any) -> TypeEngine[Any]:
        return Text()


class StageDistribution(TypeDecorator[Any]):
    """A ``jsonb`` column of stage distributions, stored in normalized form when valid."""

    impl = JSONB
    cache_ok = True

    def __init__(self, *, store: ModeStore | None = None) -> None:
        super().__init__()
        self.store = store

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return validate_distribution(value, store=self.store).value

    def coerce_compared_value(self, op: OperatorType | None, value: Any) -> TypeEngine[Any]:
        return JSONB()
