-- The corpus store, schema version 1 (recorded as migration 1 in schema_migrations).
-- Later changes go in migrations/NNN_name.sql, applied in order, each recorded once.
--
-- Every fact row carries the article it was read from (article_id) and its
-- character span in that article's text: start_char/end_char are Python string
-- indices (code points), end exclusive, so text[start_char:end_char] gives it back.
-- `seq` keeps each fact's position in its Analysis so a stored article reads back
-- exactly as it was written.

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,               -- NULL while running, or when the run was killed
    version     VARCHAR NOT NULL,        -- realpolitik version that wrote it
    settings    VARCHAR NOT NULL,        -- JSON of the settings the run used
    paths       VARCHAR[] NOT NULL
);

CREATE TABLE articles (
    article_id   VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,  -- sha256 of the text (UTF-8), hex: the idempotence key
    title        VARCHAR,
    url          VARCHAR,
    source       VARCHAR,                  -- the outlet
    published    DATE,
    language     VARCHAR NOT NULL,
    origin       VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    system       VARCHAR NOT NULL,         -- JSON of the article's own System
    run_id       VARCHAR NOT NULL
);

CREATE TABLE actors (
    article_id   VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,
    actor_id     VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    country      VARCHAR,
    sector       VARCHAR,
    roles        VARCHAR[] NOT NULL,
    affiliations VARCHAR[] NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    actor_seq  INTEGER NOT NULL,          -- the actors row this mention belongs to
    seq        INTEGER NOT NULL,
    actor_id   VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    sector     VARCHAR,
    role       VARCHAR,
    PRIMARY KEY (article_id, actor_seq, seq)
);

CREATE TABLE quotes (
    article_id    VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    quote_id      VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    kind          VARCHAR NOT NULL,
    speaker       VARCHAR,                -- an actor id, NULL when nobody is named
    speaker_text  VARCHAR,
    speaker_start INTEGER,                -- the span naming the speaker, NULL when none
    speaker_end   INTEGER,
    speaker_span_text VARCHAR,
    cue           VARCHAR,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
    article_id       VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    event_id         VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,    -- PLOVER event type, upper case
    mode             VARCHAR,
    cameo            VARCHAR,
    quad_class       INTEGER,
    goldstein        DOUBLE,
    intensity        DOUBLE,
    source           VARCHAR,
    target           VARCHAR,
    date_start       DATE,                -- all four NULL when the event has no date
    date_end         DATE,
    date_precision   VARCHAR,
    date_text        VARCHAR,
    location_name    VARCHAR,             -- all four NULL when the event has no place
    location_country VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    quantity         BIGINT,
    modality         VARCHAR NOT NULL,
    reported_by      VARCHAR,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    evidence_text    VARCHAR NOT NULL,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    trigger_text     VARCHAR,
    PRIMARY KEY (article_id, seq)
);

-- Further spans of the same article that report the same event (Event.mentions).
CREATE TABLE event_mentions (
    article_id VARCHAR NOT NULL,
    event_seq  INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    event_id   VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_seq, seq)
);

CREATE TABLE relations (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    source     VARCHAR NOT NULL,          -- source < target
    target     VARCHAR NOT NULL,
    sign       INTEGER NOT NULL,          -- +1 cooperative, -1 hostile, 0 mixed
    weight     DOUBLE NOT NULL,           -- in [0, 1]
    kinds      VARCHAR[] NOT NULL,
    evidence   VARCHAR[] NOT NULL,        -- ids of the article's events and quotes
    PRIMARY KEY (article_id, seq)
);

CREATE SEQUENCE failure_ids;

CREATE TABLE failures (
    failure_id  BIGINT PRIMARY KEY DEFAULT nextval('failure_ids'),
    run_id      VARCHAR NOT NULL,
    article_id  VARCHAR,
    origin      VARCHAR NOT NULL,
    error       VARCHAR NOT NULL
);
