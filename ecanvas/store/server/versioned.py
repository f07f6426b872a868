"""The writer's statements on the hot path, as plain SQL made once and kept (no SQLAlchemy
compilation per edit), from the same SQLModel tables as everything else.

- A claim locks rows and reads their versions, and the transaction id (for the outcome check of
  a commit cut off by a disconnect) comes back in the same answer.
- A versioned update changes one row only if it still has the version this store last read
  (`... WHERE id = %s AND version = %s`): no row back means someone else changed or removed it,
  so a separate claim is not needed. The transaction id comes back with it, and the last update
  of an operation carries its NOTIFYs (`pg_notify` in RETURNING): PostgreSQL delivers them when
  the transaction commits, and never when it is rolled back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from psycopg import sql as pgsql


@dataclass(frozen=True)
class Statement:
    """SQL text for psycopg and, per parameter column, the SQLAlchemy type's bind processor."""

    text: str
    processors: tuple[Callable[[object], object] | None, ...] = ()

    def parameters(self, values: Sequence[object], *extra: object) -> list[object]:
        converted = [
            value if process is None else process(value)
            for process, value in zip(self.processors, values, strict=True)
        ]
        return [*converted, *extra]


class Statements:
    """The statements of one writer connection, made on first use (per table and columns)."""

    def __init__(self, dialect, connection) -> None:
        self.dialect = dialect  # the SQLAlchemy PostgreSQL dialect: its bind processors
        self.connection = connection  # to render identifiers
        self._made: dict[tuple, Statement] = {}

    def claim(self, table) -> Statement:
        key = ("claim", table.name)
        if key not in self._made:
            query = pgsql.SQL(
                "SELECT id, version, txid_current() FROM {} WHERE id = ANY(%s) ORDER BY id "
                "FOR UPDATE"
            ).format(pgsql.Identifier(table.name))
            self._made[key] = Statement(query.as_string(self.connection))
        return self._made[key]

    def versions(self, table) -> Statement:
        """The versions rows have now (without locking them): what a refused update found."""
        key = ("versions", table.name)
        if key not in self._made:
            query = pgsql.SQL("SELECT id, version FROM {} WHERE id = ANY(%s)").format(
                pgsql.Identifier(table.name)
            )
            self._made[key] = Statement(query.as_string(self.connection))
        return self._made[key]

    def update(self, table, names: tuple[str, ...], told: int = 0) -> Statement:
        """UPDATE of `names` (then id and expected version) returning the transaction id, and
        sending `told` notifications (then channel and payload for each)."""
        key = ("update", table.name, names, told)
        if key not in self._made:
            assignments = pgsql.SQL(", ").join(
                pgsql.SQL("{} = %s").format(pgsql.Identifier(name)) for name in names
            )
            notify = pgsql.SQL("").join([pgsql.SQL(", pg_notify(%s, %s)")] * told)
            query = pgsql.SQL(
                "UPDATE {} SET {}, version = version + 1 WHERE id = %s AND version = %s "
                "RETURNING txid_current(){}"
            ).format(pgsql.Identifier(table.name), assignments, notify)
            processors = tuple(
                table.c[name].type.dialect_impl(self.dialect).bind_processor(self.dialect)
                for name in names
            )
            self._made[key] = Statement(query.as_string(self.connection), processors)
        return self._made[key]
