"""Writing one article: near-duplicate detection, entities, event clustering, quotes.

An event mention joins an existing event (instead of creating one) when the event keys
are equal (``dedup.event_key``: type, dyad, negation) and one of these holds, tried in
this order; the reason is kept in ``event_mentions.match``:

``cluster``   the article is a near-duplicate copy and the event is already reported
              by an article of the same cluster (syndicated copies add mentions);
``window``    both are dated and the dates are at most ``date_window_days`` apart
              (the event keeps its first date, so clusters do not chain);
``evidence``  the evidence sentences are near-duplicates (word-shingle Jaccard at or
              above the threshold), e.g. undated events quoted from the same wire text.

Events with neither actor nor recipient only join by ``cluster`` or ``evidence``.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

import duckdb

from ..errors import Errors, StoreError
from . import dedup
from .queries import scalar

LOG = logging.getLogger(__name__)
MAX_CANDIDATES = 50


@dataclass(frozen=True, slots=True)
class IngestResult:
    status: str                      # new | near-duplicate | duplicate
    article_id: int
    duplicate_of: int | None = None  # the stored article this one copies
    similarity: float | None = None
    events_new: int = 0              # events created
    mentions: int = 0                # event mentions written (new events included)


@dataclass(slots=True)
class Prepared:
    record: dict[str, Any]
    text: str
    url: str | None
    source: str | None
    published: date | None
    content_hash: str
    shingles: set[int]
    signature: Any
    bands: list[tuple[int, int]]
    events: list[dict[str, Any]] = field(default_factory=list)


def parse_date(value: Any, *, what: str, doc_id: str) -> date | None:
    """ISO date, or YYYY-MM / YYYY (first day); None stays None."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    for candidate in (text[:10], f"{text[:7]}-01", f"{text[:4]}-01-01"):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    raise StoreError(Errors.E023.format(id=doc_id, field=what, reason=f"is not a date: {text!r}"))


def _check_span(start: Any, end: Any, text: str, *, what: str, doc_id: str) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise StoreError(Errors.E023.format(
            id=doc_id, field=what, reason=f"has offsets {start!r}-{end!r} outside the text (length {len(text)})"))


def source_name(source: str | None, url: str | None) -> str | None:
    if source:
        return source
    if url:
        host = urlparse(url).netloc.lower()
        return host.removeprefix("www.") or None
    return None


def _first(actors: list[dict[str, Any]]) -> dict[str, Any]:
    return actors[0] if actors else {}


def _codes(actors: list[dict[str, Any]]) -> list[str]:
    return sorted({str(a["code"]) for a in actors if a.get("code")})


class Ingester:
    def __init__(self, threshold: float, window_days: int) -> None:
        self.threshold = threshold
        self.window = timedelta(days=window_days)

    # -- checks and pure computation, before any write ----------------------------
    def prepare(self, record: dict[str, Any], *, text: str, url: str | None,
                source: str | None) -> Prepared:
        doc_id = str(record.get("id") or "")
        if not doc_id:
            raise StoreError(Errors.E023.format(id="?", field="id", reason="is missing"))
        if not isinstance(text, str) or not text.strip():
            raise StoreError(Errors.E023.format(id=doc_id, field="text", reason="is empty"))
        published = parse_date(record.get("published"), what="published", doc_id=doc_id)
        events = []
        for event in record.get("events") or []:
            evidence = event.get("evidence") or {}
            _check_span(evidence.get("start"), evidence.get("end"), text,
                        what=f"event {event.get('id')} evidence", doc_id=doc_id)
            if not event.get("event"):
                raise StoreError(Errors.E023.format(id=doc_id, field=f"event {event.get('id')}",
                                                      reason="has no PLOVER type"))
            event = dict(event, _date=parse_date(event.get("date"), what=f"event {event.get('id')} date",
                                                 doc_id=doc_id))
            events.append(event)
        for quote in record.get("quotes") or []:
            _check_span(quote.get("start"), quote.get("end"), text, what=f"quote {quote.get('id')}", doc_id=doc_id)
        for entity in record.get("entities") or []:
            for mention in entity.get("mentions") or []:
                _check_span(mention.get("start"), mention.get("end"), text,
                            what=f"entity {entity.get('id')} mention", doc_id=doc_id)
        shingles = dedup.shingles(text)
        sig = dedup.signature(shingles)
        return Prepared(record=record, text=text, url=url or record.get("url"),
                        source=source_name(source or record.get("source"), url or record.get("url")),
                        published=published, content_hash=dedup.content_hash(text),
                        shingles=shingles, signature=sig, bands=dedup.bands(sig), events=events)

    # -- the transaction ---------------------------------------------------------
    # Rows of one kind go in with one multi-row INSERT: per-statement cost, not row
    # count, dominates an article's transaction.
    def write(self, con: duckdb.DuckDBPyConnection, p: Prepared) -> IngestResult:
        original, similarity = self._near_duplicate(con, p)
        article_id = scalar(con, "SELECT nextval('article_seq')")
        cluster_id = article_id
        if original is not None:
            cluster_id = scalar(con, "SELECT cluster_id FROM articles WHERE article_id = ?", [original])
        con.execute(
            "INSERT INTO articles (article_id, doc_id, content_hash, lang, published, title, url, source, text,"
            " cluster_id, duplicate_of, similarity, signature, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [article_id, str(p.record["id"]), p.content_hash, p.record.get("lang"), p.published,
             p.record.get("title"), p.url, p.source, p.text, cluster_id, original, similarity,
             [int(v) for v in p.signature], json.dumps(p.record, ensure_ascii=False, default=str)])
        _insert(con, "article_bands", [[band, value, article_id] for band, value in p.bands])
        spans = self._entities(con, p, article_id)
        new, touched = self._events(con, p, article_id, cluster_id if original is not None else None)
        self._quotes(con, p, article_id, spans)
        self._update_counts(con, touched)
        status = "near-duplicate" if original is not None else "new"
        LOG.debug("stored article %s as %s (%s events new)", p.record["id"], status, new)
        return IngestResult(status=status, article_id=article_id, duplicate_of=original,
                            similarity=similarity, events_new=new, mentions=len(p.events))

    def _near_duplicate(self, con: duckdb.DuckDBPyConnection, p: Prepared) -> tuple[int | None, float | None]:
        rows = con.execute(
            "SELECT b.article_id, count(*) AS shared, any_value(a.text) FROM article_bands b"
            " JOIN (SELECT unnest(?::INTEGER[]) AS band, unnest(?::UBIGINT[]) AS hash) q"
            "   ON q.band = b.band AND q.hash = b.hash"
            " JOIN articles a ON a.article_id = b.article_id"
            f" GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT {MAX_CANDIDATES}",
            [[band for band, _ in p.bands], [value for _, value in p.bands]]).fetchall()
        best: tuple[int | None, float | None] = (None, None)
        for article_id, _, text in rows:
            score = dedup.jaccard(p.shingles, dedup.shingles(text))
            if score >= self.threshold and (best[1] is None or score > best[1]):
                best = (article_id, score)
        return best

    def _entities(self, con: duckdb.DuckDBPyConnection, p: Prepared, article_id: int) -> dict[tuple[int, int], int]:
        """Store entities and their mentions; return mention span -> entity id (for quote speakers)."""
        entities = p.record.get("entities") or []
        if not entities:
            return {}
        keys = [dedup.entity_key(e) for e in entities]
        known = dict(con.execute("SELECT entity_key, entity_id FROM entities WHERE list_contains(?, entity_key)",
                                 [keys]).fetchall())
        fresh = {}
        for key, entity in zip(keys, entities):
            if key not in known and key not in fresh:
                fresh[key] = [key, entity.get("type"), entity.get("identifier_text") or _mention_text(entity),
                              entity.get("identifier_id"), entity.get("code"), entity.get("sector")]
        if fresh:
            ids = con.execute("SELECT nextval('entity_seq') FROM range(?)", [len(fresh)]).fetchall()
            rows = [[entity_id, *row] for (entity_id,), row in zip(ids, fresh.values())]
            _insert(con, "entities", rows)
            known.update({row[1]: row[0] for row in rows})
        spans: dict[tuple[int, int], int] = {}
        mentions = []
        for key, entity in zip(keys, entities):
            for m in entity.get("mentions") or []:
                spans[(m["start"], m["end"])] = known[key]
                mentions.append([known[key], article_id, entity.get("id"), m["start"], m["end"],
                                 p.text[m["start"]:m["end"]]])
        _insert(con, "entity_mentions", mentions)
        return spans

    def _events(self, con: duckdb.DuckDBPyConnection, p: Prepared, article_id: int,
                cluster_id: int | None) -> tuple[int, set[int]]:
        new = 0
        touched: set[int] = set()
        rows = []
        for event in p.events:
            key = dedup.event_key(event)
            ev_start, ev_end = event["evidence"]["start"], event["evidence"]["end"]
            evidence_text = p.text[ev_start:ev_end]
            match = self._match(con, event, key, evidence_text, cluster_id)
            if match is None:
                event_id = self._insert_event(con, event, key, article_id, p.published)
                match = (event_id, "new", None)
                new += 1
            event_id, how, similarity = match
            rows.append([event_id, article_id, event.get("id"), ev_start, ev_end, evidence_text,
                         event.get("event_text"), event["_date"], _json(event.get("actor")),
                         _json(event.get("recipient")), event.get("confidence"), event.get("explanation"), how,
                         similarity])
            touched.add(event_id)
        if rows:
            ids = con.execute("SELECT nextval('mention_seq') FROM range(?)", [len(rows)]).fetchall()
            _insert(con, "event_mentions", [[mention_id, *row] for (mention_id,), row in zip(ids, rows)])
        return new, touched

    def _match(self, con: duckdb.DuckDBPyConnection, event: dict[str, Any], key: str, evidence_text: str,
               cluster_id: int | None) -> tuple[int, str, float | None] | None:
        if cluster_id is not None:
            row = con.execute(
                "SELECT e.event_id FROM events e JOIN event_mentions m ON m.event_id = e.event_id "
                "JOIN articles a ON a.article_id = m.article_id "
                "WHERE e.event_key = ? AND a.cluster_id = ? ORDER BY e.event_id LIMIT 1", [key, cluster_id]).fetchone()
            if row:
                return row[0], "cluster", None
        when = event["_date"]
        dated, params = "", [key]
        if when is not None:
            dated, params = " AND (e.date IS NULL OR e.date BETWEEN ? AND ?)", [key, when - self.window,
                                                                             when + self.window]
        # One query gives both the dated candidates and the evidence of every candidate.
        rows = con.execute(
            "SELECT e.event_id, e.date, m.evidence_text FROM events e"
            " LEFT JOIN event_mentions m ON m.event_id = e.event_id"
            f" WHERE e.event_key = ?{dated} ORDER BY e.event_id, m.mention_id LIMIT {MAX_CANDIDATES}",
            params).fetchall()
        if when is not None and dedup.has_dyad(event):
            dated_rows = [(abs((d - when).days), event_id) for event_id, d, _ in rows if d is not None]
            if dated_rows:
                return min(dated_rows)[1], "window", None
        wanted = dedup.shingles(evidence_text)
        for event_id, _, text in rows:
            score = dedup.jaccard(wanted, dedup.shingles(text or ""))
            if score >= self.threshold:
                return event_id, "evidence", score
        return None

    def _insert_event(self, con: duckdb.DuckDBPyConnection, event: dict[str, Any], key: str,
                      article_id: int, published: date | None) -> int:
        actors, recipients = event.get("actor") or [], event.get("recipient") or []
        first_a, first_r = _first(actors), _first(recipients)
        loc = event.get("event_loc") or {}
        return int(scalar(
            con, "INSERT INTO events (event_id, event_key, event_type, mode, context, actor, recipient,"
            " actor_code, actor_sector, actor_name, recipient_code, recipient_sector, recipient_name,"
            " actor_codes, recipient_codes, actor_terms, recipient_terms, date, date_precision, day,"
            " loc_name, loc_country, lat, lon, geonameid, event_text, cameo, quad_code, goldstein,"
            " negated, hypothetical, future, confidence, explanation, first_article_id)"
            " VALUES (nextval('event_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING event_id",
            [key, event["event"], event.get("mode"), list(event.get("context") or []),
             _json(actors), _json(recipients),
             first_a.get("code"), first_a.get("sector"), _name(first_a),
             first_r.get("code"), first_r.get("sector"), _name(first_r),
             _codes(actors), _codes(recipients), dedup.terms(actors), dedup.terms(recipients),
             event["_date"], event.get("date_precision"), event["_date"] or published,
             loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
             event.get("event_text"), event.get("cameo"), event.get("quad_code"), event.get("goldstein"),
             bool(event.get("negated")), bool(event.get("hypothetical")), bool(event.get("future")),
             event.get("confidence"), event.get("explanation"), article_id]))

    def _quotes(self, con: duckdb.DuckDBPyConnection, p: Prepared, article_id: int,
                spans: dict[tuple[int, int], int]) -> None:
        quotes = p.record.get("quotes") or []
        if not quotes:
            return
        wanted = sorted({f"Q:{q['speaker']['identifier_id']}" for q in quotes
                         if (q.get("speaker") or {}).get("identifier_id")})
        by_qid = dict(con.execute("SELECT entity_key, entity_id FROM entities WHERE list_contains(?, entity_key)",
                                  [wanted]).fetchall()) if wanted else {}
        first = con.execute("SELECT nextval('quote_seq') FROM range(?)", [len(quotes)]).fetchall()
        rows = []
        for (quote_id,), quote in zip(first, quotes):
            cue = quote.get("cue") or {}
            speaker = quote.get("speaker") or {}
            mention = speaker.get("mention") or {}
            start, end = mention.get("start"), mention.get("end")
            entity_id = spans.get((start, end)) if isinstance(start, int) and isinstance(end, int) else None
            if entity_id is None and speaker.get("identifier_id"):
                entity_id = by_qid.get(f"Q:{speaker['identifier_id']}")
            rows.append([quote_id, article_id, quote.get("id"), quote.get("kind"), p.text[quote["start"]:quote["end"]],
                         quote["start"], quote["end"], cue.get("text"), cue.get("start"), cue.get("end"),
                         entity_id, _name(speaker), speaker.get("code"), speaker.get("sector"),
                         speaker.get("identifier_id"), mention.get("text"), mention.get("start"), mention.get("end")])
        _insert(con, "quotes", rows)

    def _update_counts(self, con: duckdb.DuckDBPyConnection, touched: set[int]) -> None:
        """Mentions, articles and sources per touched event (unknown outlet: one per cluster)."""
        if not touched:
            return
        con.execute(
            "UPDATE events SET n_mentions = s.n, n_articles = s.a, n_sources = s.s, confidence = s.c FROM ("
            " SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS a,"
            " count(DISTINCT coalesce(ar.source, 'cluster-' || ar.cluster_id)) AS s, max(m.confidence) AS c"
            " FROM event_mentions m JOIN articles ar ON ar.article_id = m.article_id"
            " WHERE m.event_id IN (SELECT unnest(?::BIGINT[])) GROUP BY m.event_id) AS s"
            " WHERE events.event_id = s.event_id", [sorted(touched)])


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """One multi-row INSERT; the SQL holds only placeholders (table names are constants)."""
    if not rows:
        return
    one = "(" + ", ".join(["?"] * len(rows[0])) + ")"
    con.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(rows)), [v for row in rows for v in row])


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def _name(actor: dict[str, Any]) -> str | None:
    return actor.get("identifier_text") or actor.get("entity_text") or None


def _mention_text(entity: dict[str, Any]) -> str | None:
    mentions = entity.get("mentions") or []
    return mentions[0].get("text") if mentions else None
