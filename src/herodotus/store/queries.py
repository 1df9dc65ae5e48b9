"""Event filters, event lists, dyad time series and the canned queries.

Every user value reaches DuckDB as a prepared-statement parameter; the SQL text is
assembled only from the fixed fragments below.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Callable

import duckdb

from ..errors import Errors, StoreError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PERIODS = ("day", "week", "month", "year")
SORTS = {
    "date": "day DESC NULLS LAST, event_id DESC",
    "-date": "day ASC NULLS LAST, event_id ASC",
    "mentions": "n_mentions DESC, event_id DESC",
    "sources": "n_sources DESC, event_id DESC",
    "goldstein": "goldstein ASC NULLS LAST, event_id DESC",
    "confidence": "confidence DESC NULLS LAST, event_id DESC",
}
EVENT_COLUMNS = (
    "event_id, event_type, mode, context, actor, recipient, date, date_precision, day, loc_name, loc_country,"
    " lat, lon, geonameid, event_text, cameo, quad_code, goldstein, negated, hypothetical, future, confidence,"
    " explanation, first_article_id, n_mentions, n_articles, n_sources")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters on the events table; None means no filter. Names match the API parameters.

    ``actor``/``recipient``/``party`` match a code (ISR), a name or a Wikidata id of any
    actor on that side (``party``: either side), case-insensitively.
    """

    actor: str | None = None
    recipient: str | None = None
    party: str | None = None
    type: str | None = None
    quad: int | None = None
    start: date | None = None
    end: date | None = None
    place: str | None = None
    q: str | None = None
    article: int | None = None
    min_mentions: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        parts: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.actor:
            parts.append("list_contains(actor_terms, ?)")
            params.append(self.actor.casefold())
        if self.recipient:
            parts.append("list_contains(recipient_terms, ?)")
            params.append(self.recipient.casefold())
        if self.party:
            parts.append("(list_contains(actor_terms, ?) OR list_contains(recipient_terms, ?))")
            params += [self.party.casefold()] * 2
        if self.type:
            parts.append("event_type = ?")
            params.append(self.type.upper())
        if self.quad is not None:
            parts.append("quad_code = ?")
            params.append(self.quad)
        if self.start:
            parts.append("day >= ?")
            params.append(self.start)
        if self.end:
            parts.append("day <= ?")
            params.append(self.end)
        if self.place:
            parts.append("(loc_country = ? OR loc_name ILIKE ? ESCAPE '\\')")
            params += [self.place.upper(), like(self.place)]
        if self.q:
            parts.append("(event_text ILIKE ? ESCAPE '\\' OR event_id IN "
                         "(SELECT event_id FROM event_mentions WHERE evidence_text ILIKE ? ESCAPE '\\'))")
            params += [like(self.q)] * 2
        if self.article is not None:
            parts.append("event_id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)")
            params.append(self.article)
        if self.min_mentions:
            parts.append("n_mentions >= ?")
            params.append(self.min_mentions)
        return " AND ".join(parts), params


def scalar(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The first column of the first row (queries that always return one row)."""
    row = cur.execute(sql, params or []).fetchone()
    if row is None:
        raise StoreError(f"[E021] Query failed: no row from {sql.split()[0]}")
    return row[0]


def like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, with its own % and _ taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def event_dict(columns: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    """One events row as the API/export shape (contract field names plus counts)."""
    r = dict(zip(columns, row))
    loc = None
    if r["loc_name"] or r["lat"] is not None:
        loc = {"name": r["loc_name"], "country": r["loc_country"], "lat": r["lat"], "lon": r["lon"],
               "geonameid": r["geonameid"]}
    return {
        "id": r["event_id"], "event": r["event_type"], "mode": r["mode"], "context": list(r["context"] or []),
        "actor": json.loads(r["actor"]), "recipient": json.loads(r["recipient"]),
        "date": _iso(r["date"]), "date_precision": r["date_precision"], "day": _iso(r["day"]),
        "event_loc": loc, "event_text": r["event_text"], "cameo": r["cameo"], "quad_code": r["quad_code"],
        "goldstein": r["goldstein"], "negated": r["negated"], "hypothetical": r["hypothetical"],
        "future": r["future"], "confidence": r["confidence"], "explanation": r["explanation"],
        "first_article_id": r["first_article_id"], "num_mentions": r["n_mentions"],
        "num_articles": r["n_articles"], "num_sources": r["n_sources"],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def list_events(cur: duckdb.DuckDBPyConnection, filters: EventFilter, *, limit: int = 50, offset: int = 0,
                sort: str = "date") -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of events)."""
    if sort not in SORTS:
        raise StoreError(Errors.E028.format(name="sort", value=sort, reason=f"use one of {', '.join(SORTS)}"))
    where, params = filters.where()
    total = scalar(cur, f"SELECT count(*) FROM events WHERE {where}", params)
    cur.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                params + [int(limit), int(offset)])
    columns = [d[0] for d in cur.description]
    return int(total), [event_dict(columns, row) for row in cur.fetchall()]


def _period(period: str) -> str:
    if period not in PERIODS:
        raise StoreError(Errors.E028.format(name="period", value=period, reason=f"use one of {', '.join(PERIODS)}"))
    return period


def dyad_series(cur: duckdb.DuckDBPyConnection, filters: EventFilter, *, period: str = "month") -> list[dict[str, Any]]:
    """Events, mentions and mean Goldstein score per period for the filtered events."""
    where, params = filters.where()
    rows = cur.execute(
        f"SELECT date_trunc(?, day)::DATE AS period, count(*) AS events, sum(n_mentions) AS mentions,"
        f" avg(goldstein) AS goldstein FROM events WHERE day IS NOT NULL AND {where} GROUP BY 1 ORDER BY 1",
        [_period(period)] + params).fetchall()
    return [{"period": p.isoformat(), "events": int(n), "mentions": int(m or 0),
             "goldstein": round(g, 3) if g is not None else None} for p, n, m, g in rows]


def timeline(cur: duckdb.DuckDBPyConnection, filters: EventFilter, *, period: str = "month") -> list[dict[str, Any]]:
    """Event counts per period and quad class (the dashboard's stacked timeline)."""
    where, params = filters.where()
    rows = cur.execute(
        f"SELECT date_trunc(?, day)::DATE AS period, quad_code, count(*) FROM events"
        f" WHERE day IS NOT NULL AND {where} GROUP BY 1, 2 ORDER BY 1, 2", [_period(period)] + params).fetchall()
    return [{"period": p.isoformat(), "quad_code": q, "events": int(n)} for p, q, n in rows]


def top_dyads(cur: duckdb.DuckDBPyConnection, filters: EventFilter, *, limit: int = 60) -> list[dict[str, Any]]:
    """Who acts on whom: (actor code, recipient code) pairs by event count."""
    where, params = filters.where()
    rows = cur.execute(
        "SELECT a, r, count(*) AS events, avg(goldstein) AS goldstein, sum(n_mentions) FROM ("
        " SELECT unnest(actor_codes) AS a, goldstein, n_mentions, recipient_codes FROM events"
        f" WHERE {where}) AS x, unnest(x.recipient_codes) AS t(r)"
        " WHERE a <> r GROUP BY a, r ORDER BY events DESC, a, r LIMIT ?", params + [int(limit)]).fetchall()
    return [{"actor": a, "recipient": r, "events": int(n), "mentions": int(m or 0),
             "goldstein": round(g, 3) if g is not None else None} for a, r, n, g, m in rows]


# -- canned queries for `herodotus query` ------------------------------------------
CANNED: dict[str, dict[str, Any]] = {
    "events_by_actor": {
        "description": "Events in which an actor (code such as ISR, name or Wikidata id) takes part.",
        "params": {"actor": "code, name or Q-id (required)",
                   "role": "actor | recipient | any (default any)",
                   "limit": "most rows (default 100)"},
    },
    "events_by_type": {
        "description": "Events of one PLOVER type, newest first.",
        "params": {"type": f"one of {', '.join(PLOVER_TYPES)} (required)", "limit": "most rows (default 100)"},
    },
    "events_by_date": {
        "description": "Events dated within a range (event date, else publication date).",
        "params": {"start": "YYYY-MM-DD (optional)", "end": "YYYY-MM-DD (optional)",
                   "limit": "most rows (default 100)"},
    },
    "dyad_counts": {
        "description": "Events per period for each actor->recipient code pair, with mean Goldstein score.",
        "params": {"actor": "code, name or Q-id of the actor side (optional)",
                   "recipient": "code, name or Q-id of the recipient side (optional)",
                   "period": "day | week | month | year (default month)",
                   "start": "YYYY-MM-DD (optional)", "end": "YYYY-MM-DD (optional)"},
    },
}
_TABLE = ("event_id, day, event_type, actor_code, actor_name, recipient_code, recipient_name, quad_code,"
          " goldstein, n_mentions, n_sources, event_text")


def _events_table(cur: duckdb.DuckDBPyConnection, filters: EventFilter, limit: int) -> tuple[list[str], list[tuple]]:
    where, params = filters.where()
    cur.execute(f"SELECT {_TABLE} FROM events WHERE {where} ORDER BY {SORTS['date']} LIMIT ?", params + [limit])
    return [d[0] for d in cur.description], cur.fetchall()


def _canned_actor(cur: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> tuple[list[str], list[tuple]]:
    role = p.get("role", "any")
    if role not in ("actor", "recipient", "any"):
        raise ValueError("role must be actor, recipient or any")
    key = {"actor": "actor", "recipient": "recipient", "any": "party"}[role]
    return _events_table(cur, EventFilter(**{key: _required(p, "actor")}), _int(p.get("limit", 100)))


def _canned_type(cur: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> tuple[list[str], list[tuple]]:
    etype = str(_required(p, "type")).upper()
    if etype not in PLOVER_TYPES:
        raise ValueError(f"type must be one of {', '.join(PLOVER_TYPES)}")
    return _events_table(cur, EventFilter(type=etype), _int(p.get("limit", 100)))


def _canned_date(cur: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> tuple[list[str], list[tuple]]:
    return _events_table(cur, EventFilter(start=_date(p.get("start")), end=_date(p.get("end"))),
                         _int(p.get("limit", 100)))


def _canned_dyads(cur: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> tuple[list[str], list[tuple]]:
    filters = EventFilter(actor=p.get("actor"), recipient=p.get("recipient"),
                          start=_date(p.get("start")), end=_date(p.get("end")))
    where, params = filters.where()
    cur.execute(
        "SELECT date_trunc(?, day)::DATE AS period, a AS actor_code, r AS recipient_code, count(*) AS events,"
        " round(avg(goldstein), 3) AS mean_goldstein FROM ("
        f" SELECT day, goldstein, unnest(actor_codes) AS a, recipient_codes FROM events WHERE day IS NOT NULL AND {where}"
        ") AS x, unnest(x.recipient_codes) AS t(r) GROUP BY ALL ORDER BY period, events DESC, actor_code, recipient_code",
        [_period(str(p.get("period", "month")))] + params)
    return [d[0] for d in cur.description], cur.fetchall()


_RUNNERS: dict[str, Callable[[duckdb.DuckDBPyConnection, dict[str, Any]], tuple[list[str], list[tuple]]]] = {
    "events_by_actor": _canned_actor, "events_by_type": _canned_type,
    "events_by_date": _canned_date, "dyad_counts": _canned_dyads,
}


def run_canned(cur: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any]) -> tuple[list[str], list[tuple]]:
    if name not in CANNED:
        raise StoreError(Errors.E024.format(name=name, known=", ".join(CANNED)))
    unknown = set(params) - set(CANNED[name]["params"])
    try:
        if unknown:
            raise ValueError(f"unknown parameter(s) {', '.join(sorted(unknown))}")
        return _RUNNERS[name](cur, params)
    except (ValueError, TypeError) as exc:
        raise StoreError(Errors.E025.format(name=name, reason=exc,
                                              params=", ".join(CANNED[name]["params"]))) from exc


def _required(p: dict[str, Any], name: str) -> Any:
    if p.get(name) in (None, ""):
        raise ValueError(f"'{name}' is required")
    return p[name]


def _int(value: Any) -> int:
    number = int(value)
    if number < 1:
        raise ValueError("limit must be a positive number")
    return number


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


FILTER_FIELDS = tuple(f.name for f in fields(EventFilter))
