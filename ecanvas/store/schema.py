"""The one declaration of the workspace tables (SQLModel), for a file and a server alike.

The write path of both backends goes through these tables (SQLAlchemy Core), each in its own
dialect: SQLite for a file, PostgreSQL (one schema per workspace) for a server. Types stay
portable (JSON, DateTime, Date, Boolean, LargeBinary); `migrations.py` creates the same columns
in each dialect, and tests check the two agree. Every row carries a `version`, bumped by each
change, which is what lets several writers on a server notice each other (see `StoreBase._claim`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Column, DateTime, LargeBinary, TypeDecorator
from sqlmodel import Field, SQLModel


class UtcDateTime(TypeDecorator):
    """Stores aware datetimes as UTC and gives them back aware (SQLite drops the zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _json() -> object:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _stamp() -> object:
    return Field(sa_column=Column(UtcDateTime, nullable=False))


class WorkspaceRow(SQLModel, table=True):
    __tablename__ = "workspace"

    id: int = Field(default=1, primary_key=True)
    title: str
    client: str = ""
    author: str = ""
    language: str = "en"
    brand_colour: str = "#1F4E79"
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    logo_mime: str = ""
    created: datetime = _stamp()
    updated: datetime = _stamp()
    summary: str = ""
    recommendations: str = ""
    version: int = 1


class CanvasRow(SQLModel, table=True):
    __tablename__ = "canvas"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    template_key: str
    position: int
    density: str = "normal"
    created: datetime = _stamp()
    updated: datetime = _stamp()
    version: int = 1


class BlockRow(SQLModel, table=True):
    __tablename__ = "block"

    id: int | None = Field(default=None, primary_key=True)
    canvas_id: int = Field(foreign_key="canvas.id")
    key: str
    title_en: str
    title_zh: str
    guidance_en: list[str] = _json()
    guidance_zh: list[str] = _json()
    colour: str
    x: float
    y: float
    w: float
    h: float
    scored: bool = False
    score: int | None = None
    links_to: list[str] = _json()
    position: int = 0
    version: int = 1
    silent: bool = False


class CardRow(SQLModel, table=True):
    __tablename__ = "card"

    id: int | None = Field(default=None, primary_key=True)
    canvas_id: int = Field(foreign_key="canvas.id")
    block_id: int = Field(foreign_key="block.id")
    text: str
    note: str = ""
    colour: str
    tags: list[str] = _json()
    votes: int = 0
    owner: str = ""
    due: date | None = None
    status: str = ""
    position: int = 0
    created: datetime = _stamp()
    updated: datetime = _stamp()
    version: int = 1
    author_id: int | None = None
    face_down: bool = False


class LinkRow(SQLModel, table=True):
    __tablename__ = "link"

    id: int | None = Field(default=None, primary_key=True)
    canvas_id: int = Field(foreign_key="canvas.id")
    source_id: int = Field(foreign_key="card.id")
    target_id: int = Field(foreign_key="card.id")
    label: str = ""
    version: int = 1


class SnapshotRow(SQLModel, table=True):
    __tablename__ = "snapshot"

    id: int | None = Field(default=None, primary_key=True)
    canvas_id: int = Field(foreign_key="canvas.id")
    name: str
    created: datetime = _stamp()
    content: str
    version: int = 1


class SettingRow(SQLModel, table=True):
    """One per-workspace preference: a namespaced key and its value as JSON text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
    version: int = 1


class ParticipantRow(SQLModel, table=True):
    """A person in a workshop (see `ecanvas.model.workshop`)."""

    __tablename__ = "participant"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    colour: str
    position: int = 0
    version: int = 1


class VotingRoundRow(SQLModel, table=True):
    """A dot-voting round: its scope, dots per participant, and whether it is still open."""

    __tablename__ = "voting_round"

    id: int | None = Field(default=None, primary_key=True)
    scope: str
    canvas_id: int | None = None
    block_id: int | None = None
    dots_per_participant: int
    highlight: int = 3
    status: str = "open"
    created: datetime = _stamp()
    closed: datetime | None = Field(default=None, sa_column=Column(UtcDateTime, nullable=True))
    version: int = 1


class DotRow(SQLModel, table=True):
    """One dot a participant placed on a card in a round (soft references, no foreign keys)."""

    __tablename__ = "dot"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int
    participant_id: int
    card_id: int
    version: int = 1
