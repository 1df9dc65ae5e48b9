-- Herodotus store, version 1.
-- articles: one row per distinct text (content_hash = sha256 of the normalised text).
-- events: one row per real-world event after cross-article deduplication;
-- event_mentions: one row per (event, article, evidence sentence) that reports it.

CREATE SEQUENCE IF NOT EXISTS article_seq START 1;
CREATE SEQUENCE IF NOT EXISTS event_seq START 1;
CREATE SEQUENCE IF NOT EXISTS mention_seq START 1;
CREATE SEQUENCE IF NOT EXISTS entity_seq START 1;
CREATE SEQUENCE IF NOT EXISTS quote_seq START 1;
CREATE SEQUENCE IF NOT EXISTS problem_seq START 1;

CREATE TABLE IF NOT EXISTS articles (
    article_id    BIGINT PRIMARY KEY,
    doc_id        VARCHAR NOT NULL,        -- the record's own id
    content_hash  VARCHAR NOT NULL UNIQUE,
    lang          VARCHAR,
    published     DATE,
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,                 -- outlet name, else the host of url
    text          VARCHAR NOT NULL,
    cluster_id    BIGINT NOT NULL,         -- article_id of the first article of its near-duplicate cluster
    duplicate_of  BIGINT,                  -- set for near-duplicate (syndicated) copies
    similarity    DOUBLE,                  -- shingle Jaccard to duplicate_of
    signature     UBIGINT[] NOT NULL,      -- MinHash signature of the word shingles
    record        JSON NOT NULL,           -- the contract record as ingested
    ingested_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Locality-sensitive hashing bands of the MinHash signature: candidate near-duplicates.
CREATE TABLE IF NOT EXISTS article_bands (
    band        INTEGER NOT NULL,
    hash        UBIGINT NOT NULL,
    article_id  BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_bands_lookup ON article_bands (band, hash);

CREATE TABLE IF NOT EXISTS entities (
    entity_id        BIGINT PRIMARY KEY,
    entity_key       VARCHAR NOT NULL UNIQUE,   -- Q-id, else type/code/name
    type             VARCHAR,
    identifier_text  VARCHAR,
    identifier_id    VARCHAR,
    code             VARCHAR,
    sector           VARCHAR
);

CREATE TABLE IF NOT EXISTS entity_mentions (
    entity_id         BIGINT NOT NULL,
    article_id        BIGINT NOT NULL,
    record_entity_id  VARCHAR,
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    text              VARCHAR
);
CREATE INDEX IF NOT EXISTS entity_mentions_entity ON entity_mentions (entity_id);
CREATE INDEX IF NOT EXISTS entity_mentions_article ON entity_mentions (article_id);

CREATE TABLE IF NOT EXISTS events (
    event_id          BIGINT PRIMARY KEY,
    event_key         VARCHAR NOT NULL,     -- type | dyad | negated: the deduplication key
    event_type        VARCHAR NOT NULL,     -- PLOVER type
    mode              VARCHAR,
    context           VARCHAR[],
    actor             JSON NOT NULL,        -- contract actor list of the first mention
    recipient         JSON NOT NULL,
    actor_code        VARCHAR,              -- first actor, for display and CAMEO export
    actor_sector      VARCHAR,
    actor_name        VARCHAR,
    recipient_code    VARCHAR,
    recipient_sector  VARCHAR,
    recipient_name    VARCHAR,
    actor_codes       VARCHAR[] NOT NULL,   -- every actor's code
    recipient_codes   VARCHAR[] NOT NULL,
    actor_terms       VARCHAR[] NOT NULL,   -- lower-cased codes, names and Q-ids, for filters
    recipient_terms   VARCHAR[] NOT NULL,
    date              DATE,                 -- event date as coded
    date_precision    VARCHAR,
    day               DATE,                 -- date, else the first article's publication date
    loc_name          VARCHAR,
    loc_country       VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    geonameid         BIGINT,
    event_text        VARCHAR,
    cameo             VARCHAR,
    quad_code         INTEGER,
    goldstein         DOUBLE,
    negated           BOOLEAN NOT NULL DEFAULT false,
    hypothetical      BOOLEAN NOT NULL DEFAULT false,
    future            BOOLEAN NOT NULL DEFAULT false,
    confidence        DOUBLE,               -- highest confidence of its mentions
    explanation       VARCHAR,
    first_article_id  BIGINT NOT NULL,
    n_mentions        INTEGER NOT NULL DEFAULT 0,
    n_articles        INTEGER NOT NULL DEFAULT 0,
    n_sources         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_key ON events (event_key);

CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id        BIGINT PRIMARY KEY,
    event_id          BIGINT NOT NULL,
    article_id        BIGINT NOT NULL,
    record_event_id   VARCHAR,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    evidence_text     VARCHAR,
    event_text        VARCHAR,
    date              DATE,
    actor             JSON,
    recipient         JSON,
    confidence        DOUBLE,
    explanation       VARCHAR,
    match             VARCHAR NOT NULL,     -- new | cluster | window | evidence: why it joined the event
    similarity        DOUBLE
);
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions (event_id);
CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions (article_id);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id               BIGINT PRIMARY KEY,
    article_id             BIGINT NOT NULL,
    record_quote_id        VARCHAR,
    kind                   VARCHAR,
    text                   VARCHAR,
    start_char             INTEGER NOT NULL,
    end_char               INTEGER NOT NULL,
    cue_text               VARCHAR,
    cue_start              INTEGER,
    cue_end                INTEGER,
    speaker_entity_id      BIGINT,
    speaker_name           VARCHAR,
    speaker_code           VARCHAR,
    speaker_sector         VARCHAR,
    speaker_identifier_id  VARCHAR,
    speaker_mention_text   VARCHAR,
    speaker_mention_start  INTEGER,
    speaker_mention_end    INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);

CREATE TABLE IF NOT EXISTS problems (
    problem_id  BIGINT PRIMARY KEY,
    path        VARCHAR NOT NULL,
    line        INTEGER,
    message     VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
