"""stagenorm.orm: a SQLAlchemy model whose stage column validates on bind, against the database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, insert, select, update
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from stagenorm.config import Settings
from stagenorm.exceptions import StageValidationError
from stagenorm.migrations import sqlalchemy_url
from stagenorm.modes import ModeStore
from stagenorm.orm import StageDistribution, StageLabel


@dataclass
class App:
    engine: Engine
    store: ModeStore
    deal: Any  # the mapped class
    url: str

    def mode(self, mode: str) -> None:
        self.store.set(mode, "tester", "orm test")

    def stored(self) -> list[tuple[str, Any, Any]]:
        with psycopg.connect(self.url) as conn:
            return conn.execute("SELECT company, stage, stage_distribution FROM deals ORDER BY id").fetchall()

    def add(self, **values: Any) -> None:
        with Session(self.engine) as session:
            session.add(self.deal(**values))
            session.commit()


@pytest.fixture
def app(db_url: str) -> Iterator[App]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE deals (id bigserial PRIMARY KEY, company text NOT NULL, stage text,"
                     " stage_distribution jsonb)")
        conn.execute("SELECT stagenorm.enforce_stage_column('public.deals', 'stage')")
    store = ModeStore(Settings(database_url=db_url), subscribe=False)

    class Base(DeclarativeBase):
        pass

    class Deal(Base):
        __tablename__ = "deals"
        id: Mapped[int] = mapped_column(primary_key=True)
        company: Mapped[str]
        stage: Mapped[str | None] = mapped_column(StageLabel(store=store))
        stage_distribution: Mapped[dict[str, Any] | None] = mapped_column(StageDistribution(store=store))

    engine = create_engine(sqlalchemy_url(db_url))
    yield App(engine, store, Deal, db_url)
    engine.dispose()
    store.close()


def test_warn_stores_canonical_keys_and_unknown_labels_as_given(app: App) -> None:
    app.mode("warn")
    app.add(company="Acme", stage="Series-A", stage_distribution={"Seed": 30, "Series-A": 70})
    app.add(company="Globex", stage="seeed")
    app.add(company="Initech", stage=None)
    rows = app.stored()
    assert [(company, stage) for company, stage, _ in rows] == [
        ("Acme", "series_a"), ("Globex", "seeed"), ("Initech", None)]
    assert rows[0][2]["seed"] == pytest.approx(0.3) and rows[0][2]["series_a"] == pytest.approx(0.7)


def test_enforce_refuses_before_the_database(app: App) -> None:
    app.mode("enforce")
    app.add(company="Acme", stage="Pre-Seed")
    with pytest.raises(StatementError) as refused, Session(app.engine) as session:
        session.add(app.deal(company="Globex", stage="seeed"))
        session.commit()
    error = refused.value.orig
    assert isinstance(error, StageValidationError)
    assert error.invalid == ["seeed"] and "seed" in error.suggestions["seeed"]
    assert [(company, stage) for company, stage, _ in app.stored()] == [("Acme", "pre_seed")]


def test_core_statements_are_validated_too(app: App) -> None:
    app.mode("warn")
    with Session(app.engine) as session:
        session.execute(insert(app.deal), [{"company": "Acme", "stage": "Series B"},
                                           {"company": "Globex", "stage": "late stage"}])
        session.execute(update(app.deal).where(app.deal.company == "Globex").values(stage="growth equity"))
        session.commit()
    assert [(company, stage) for company, stage, _ in app.stored()] == [("Acme", "series_b"), ("Globex", "growth")]


def test_comparisons_bind_the_value_as_given(app: App) -> None:
    app.mode("enforce")
    app.add(company="Acme", stage="series_a")
    with Session(app.engine) as session:
        assert session.scalars(select(app.deal.company).where(app.deal.stage == "seeed")).all() == []
        assert session.scalars(select(app.deal.company).where(app.deal.stage.in_(["series_a", "x"]))).all() == ["Acme"]


def test_off_stores_as_given(app: App) -> None:
    app.mode("off")
    app.add(company="Acme", stage="Series-A")
    assert [(company, stage) for company, stage, _ in app.stored()] == [("Acme", "Series-A")]


def test_the_database_stays_the_enforcement_of_record(app: App) -> None:
    """A writer that bypasses the type meets the trigger, in the same mode."""
    app.mode("enforce")
    with pytest.raises(psycopg.Error) as refused, psycopg.connect(app.url) as conn:
        conn.execute("INSERT INTO deals (company, stage) VALUES ('Globex', 'seeed')")
    assert refused.value.sqlstate == "SN001"
    with psycopg.connect(app.url) as conn:
        conn.execute("INSERT INTO deals (company, stage) VALUES ('Acme', 'Series-A')")
    assert [(company, stage) for company, stage, _ in app.stored()] == [("Acme", "series_a")]
