-- Migration 3: the sentences a relation rests on when no event or quote carries it
-- ("X relies on Y for aid"): one row per statement, keyed like event mentions.

CREATE TABLE relation_statements (
    article_id   VARCHAR NOT NULL,
    relation_seq INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    statement_id VARCHAR NOT NULL,       -- "s1", ...: the id the relation's evidence names
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    PRIMARY KEY (article_id, relation_seq, seq)
);
