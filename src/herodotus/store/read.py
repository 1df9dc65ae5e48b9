"""Readers behind the REST API and the dashboard: one event with its evidence, entities,
quotes by speaker, articles with every annotation, map points and totals.

Each reader takes a DuckDB cursor and keyword arguments and returns plain JSON-ready data.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Callable

import duckdb

from . import queries
from .queries import EVENT_COLUMNS, EventFilter, like, scalar


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur.execute(sql, params)
    columns = [d[0] for d in cur.description]
    return [{c: _plain(v) for c, v in zip(columns, row)} for row in cur.fetchall()]


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def counts(cur: duckdb.DuckDBPyConnection) -> dict[str, int]:
    out = {}
    for table in ("articles", "events", "event_mentions", "entities", "quotes", "problems"):
        out[table] = int(scalar(cur, f"SELECT count(*) FROM {table}"))
    out["near_duplicates"] = int(scalar(cur, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"))
    out_span = {"first_day": _plain(scalar(cur, "SELECT min(day) FROM events")),
                "last_day": _plain(scalar(cur, "SELECT max(day) FROM events"))}
    return {**out, **out_span}  # type: ignore[dict-item]


def get_event(cur: duckdb.DuckDBPyConnection, *, event_id: int) -> dict[str, Any] | None:
    cur.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE event_id = ?", [event_id])
    row = cur.fetchone()
    if row is None:
        return None
    event = queries.event_dict([d[0] for d in cur.description], row)
    mentions = _rows(cur,
        "SELECT m.mention_id, m.article_id, a.doc_id, a.title, a.url, a.source, a.published, m.record_event_id,"
        " m.evidence_start, m.evidence_end, m.evidence_text, m.event_text, m.date, m.actor, m.recipient,"
        " m.confidence, m.explanation, m.match, m.similarity, a.duplicate_of"
        " FROM event_mentions m JOIN articles a ON a.article_id = m.article_id"
        " WHERE m.event_id = ? ORDER BY m.mention_id", [event_id])
    for mention in mentions:
        mention["actor"] = json.loads(mention["actor"] or "[]")
        mention["recipient"] = json.loads(mention["recipient"] or "[]")
    event["mentions"] = mentions
    return event


def list_entities(cur: duckdb.DuckDBPyConnection, *, q: str | None = None, type: str | None = None,
                  code: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    parts: list[str] = ["TRUE"]
    params: list[Any] = []
    if q:
        parts.append("(identifier_text ILIKE ? ESCAPE '\\' OR identifier_id = ?)")
        params += [like(q), q]
    if type:
        parts.append("type = ?")
        params.append(type.upper())
    if code:
        parts.append("code = ?")
        params.append(code.upper())
    where = " AND ".join(parts)
    total = scalar(cur, f"SELECT count(*) FROM entities WHERE {where}", params)
    rows = _rows(cur,
        "SELECT e.entity_id AS id, e.type, e.identifier_text, e.identifier_id, e.code, e.sector,"
        " coalesce(m.mentions, 0) AS mentions, coalesce(m.articles, 0) AS articles,"
        " coalesce(qq.quotes, 0) AS quotes FROM entities e"
        " LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles"
        "   FROM entity_mentions GROUP BY entity_id) m ON m.entity_id = e.entity_id"
        " LEFT JOIN (SELECT speaker_entity_id, count(*) AS quotes FROM quotes GROUP BY speaker_entity_id) qq"
        "   ON qq.speaker_entity_id = e.entity_id"
        f" WHERE {where} ORDER BY mentions DESC, e.entity_id LIMIT ? OFFSET ?", params + [limit, offset])
    return int(total), rows


def get_entity(cur: duckdb.DuckDBPyConnection, *, entity_id: int) -> dict[str, Any] | None:
    rows = _rows(cur, "SELECT entity_id AS id, type, identifier_text, identifier_id, code, sector"
                      " FROM entities WHERE entity_id = ?", [entity_id])
    if not rows:
        return None
    entity = rows[0]
    entity["articles"] = _rows(cur,
        "SELECT a.article_id, a.doc_id, a.title, a.published, count(*) AS mentions FROM entity_mentions m"
        " JOIN articles a ON a.article_id = m.article_id WHERE m.entity_id = ?"
        " GROUP BY ALL ORDER BY a.published DESC NULLS LAST, a.article_id LIMIT 100", [entity_id])
    return entity


def list_quotes(cur: duckdb.DuckDBPyConnection, *, speaker: str | None = None, speaker_id: int | None = None,
                q: str | None = None, article: int | None = None, limit: int = 50,
                offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Quotes, filtered by speaker (name, code or Q-id), speaker entity id, text or article."""
    parts: list[str] = ["TRUE"]
    params: list[Any] = []
    if speaker:
        parts.append("(speaker_name ILIKE ? ESCAPE '\\' OR speaker_code = ? OR speaker_identifier_id = ?)")
        params += [like(speaker), speaker.upper(), speaker]
    if speaker_id is not None:
        parts.append("speaker_entity_id = ?")
        params.append(speaker_id)
    if q:
        parts.append("q.text ILIKE ? ESCAPE '\\'")
        params.append(like(q))
    if article is not None:
        parts.append("q.article_id = ?")
        params.append(article)
    where = " AND ".join(parts)
    total = scalar(cur, f"SELECT count(*) FROM quotes q WHERE {where}", params)
    rows = _rows(cur,
        "SELECT q.quote_id AS id, q.article_id, a.doc_id, a.title, a.published, q.kind, q.text,"
        " q.start_char AS start, q.end_char AS \"end\", q.cue_text, q.cue_start, q.cue_end,"
        " q.speaker_entity_id, q.speaker_name, q.speaker_code, q.speaker_sector, q.speaker_identifier_id,"
        " q.speaker_mention_text, q.speaker_mention_start, q.speaker_mention_end"
        " FROM quotes q JOIN articles a ON a.article_id = q.article_id"
        f" WHERE {where} ORDER BY a.published DESC NULLS LAST, q.quote_id LIMIT ? OFFSET ?",
        params + [limit, offset])
    return int(total), rows


def speakers(cur: duckdb.DuckDBPyConnection, *, limit: int = 100) -> list[dict[str, Any]]:
    return _rows(cur,
        "SELECT speaker_name AS name, speaker_entity_id AS entity_id, any_value(speaker_code) AS code,"
        " any_value(speaker_sector) AS sector, count(*) AS quotes FROM quotes WHERE speaker_name IS NOT NULL"
        " GROUP BY speaker_name, speaker_entity_id ORDER BY quotes DESC, name LIMIT ?", [limit])


def list_articles(cur: duckdb.DuckDBPyConnection, *, q: str | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    where: str = "TRUE"
    params: list[Any] = []
    if q:
        where, params = "(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')", [like(q)] * 2
    total = scalar(cur, f"SELECT count(*) FROM articles WHERE {where}", params)
    rows = _rows(cur,
        "SELECT article_id AS id, doc_id, lang, published, title, url, source, duplicate_of, similarity,"
        " length(text) AS chars FROM articles"
        f" WHERE {where} ORDER BY published DESC NULLS LAST, article_id DESC LIMIT ? OFFSET ?",
        params + [limit, offset])
    return int(total), rows


def get_article(cur: duckdb.DuckDBPyConnection, *, article_id: int) -> dict[str, Any] | None:
    """The text with every annotation as offsets: event mentions, entity mentions, quotes."""
    rows = _rows(cur,
        "SELECT article_id AS id, doc_id, lang, published, title, url, source, text, cluster_id,"
        " duplicate_of, similarity FROM articles WHERE article_id = ?", [article_id])
    if not rows:
        return None
    article = rows[0]
    article["events"] = _rows(cur,
        "SELECT m.mention_id, m.event_id, m.record_event_id, m.evidence_start AS start, m.evidence_end AS \"end\","
        " m.event_text, m.explanation, m.confidence, m.match, e.event_type AS event, e.mode, e.cameo,"
        " e.quad_code, e.goldstein, e.negated, e.hypothetical, e.future, e.date, e.loc_name,"
        " e.actor_code, e.actor_name, e.recipient_code, e.recipient_name, e.n_mentions AS num_mentions,"
        " e.n_sources AS num_sources FROM event_mentions m JOIN events e ON e.event_id = m.event_id"
        " WHERE m.article_id = ? ORDER BY m.evidence_start, m.mention_id", [article_id])
    article["entities"] = _rows(cur,
        "SELECT m.entity_id, m.record_entity_id, m.start_char AS start, m.end_char AS \"end\", m.text,"
        " e.type, e.identifier_text, e.identifier_id, e.code, e.sector FROM entity_mentions m"
        " JOIN entities e ON e.entity_id = m.entity_id WHERE m.article_id = ? ORDER BY m.start_char", [article_id])
    _, article["quotes"] = list_quotes(cur, article=article_id, limit=1000)
    article["copies"] = _rows(cur,
        "SELECT article_id AS id, doc_id, source, similarity FROM articles"
        " WHERE cluster_id = ? AND article_id <> ? ORDER BY article_id", [article["cluster_id"], article_id])
    return article


def locations(cur: duckdb.DuckDBPyConnection, filters: EventFilter = EventFilter(), *,
              limit: int = 500) -> list[dict[str, Any]]:
    where, params = filters.where()
    return _rows(cur,
        "SELECT loc_name AS name, loc_country AS country, round(avg(lat), 4) AS lat, round(avg(lon), 4) AS lon,"
        " count(*) AS events, sum(n_mentions) AS mentions, mode(event_type) AS top_type FROM events"
        f" WHERE lat IS NOT NULL AND lon IS NOT NULL AND {where}"
        " GROUP BY loc_name, loc_country ORDER BY events DESC LIMIT ?", params + [limit])


def problems(cur: duckdb.DuckDBPyConnection, *, limit: int = 100) -> list[dict[str, Any]]:
    return _rows(cur, "SELECT path, line, message, created_at FROM problems ORDER BY problem_id DESC LIMIT ?",
                 [limit])


READERS: dict[str, Callable[..., Any]] = {
    "event": get_event, "entities": list_entities, "entity": get_entity, "quotes": list_quotes,
    "speakers": speakers, "articles": list_articles, "article": get_article, "locations": locations,
    "problems": problems, "timeline": lambda cur, filters, period="month": queries.timeline(cur, filters, period=period),
    "dyads": lambda cur, filters, limit=60: queries.top_dyads(cur, filters, limit=limit),
}
