-- Marsad store, schema version 2: the facts extraction reads from each article (issue "who, what, where, when").
-- Every row points to its article and its span in articles.text (half-open UTF-16 offsets).

-- Entities as the articles name them: knowledge-base entries (in_kb = 1, shared ids like kb:kadhimi) and entities
-- found in one article only (ids scoped to the article). One row per id; the knowledge base's fields are copied.
CREATE TABLE entities (
    id           TEXT    PRIMARY KEY,
    kind         TEXT    NOT NULL,          -- PER, ORG, GPE, LOC, MISC
    name         TEXT    NOT NULL,          -- canonical Arabic name
    name_en      TEXT,
    wikidata     TEXT,
    in_kb        INTEGER NOT NULL,
    sector       TEXT,
    country      TEXT,
    lat          REAL,
    lon          REAL,
    aliases      TEXT    NOT NULL DEFAULT '[]'   -- JSON array
);

CREATE TABLE mentions (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    source       TEXT    NOT NULL,          -- kb, context, tagger
    entity_id    TEXT,
    cue          TEXT,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE relations (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    predicate    TEXT    NOT NULL,
    subject_id   TEXT    NOT NULL,
    object_id    TEXT,
    role         TEXT,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX relations_subject ON relations(subject_id);

CREATE TABLE quotes (
    article_id     TEXT    NOT NULL REFERENCES articles(id),
    ord            INTEGER NOT NULL,
    content_start  INTEGER NOT NULL,
    content_end    INTEGER NOT NULL,
    direct         INTEGER NOT NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    cue_verb       TEXT,
    speaker_id     TEXT,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    speaker_class  TEXT,
    medium         TEXT    NOT NULL,
    via_outlet     TEXT,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE events (
    id              TEXT    PRIMARY KEY,
    article_id      TEXT    NOT NULL REFERENCES articles(id),
    ord             INTEGER NOT NULL,
    category        TEXT    NOT NULL,       -- PLOVER category, upper case
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    modes           TEXT    NOT NULL DEFAULT '[]',
    contexts        TEXT    NOT NULL DEFAULT '[]',
    actors          TEXT    NOT NULL DEFAULT '[]',
    recipients      TEXT    NOT NULL DEFAULT '[]',
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT    NOT NULL,
    date_rule       TEXT,
    place_id        TEXT,
    place_start     INTEGER,
    place_end       INTEGER,
    dead            INTEGER,
    injured         INTEGER,
    flags           TEXT    NOT NULL DEFAULT '[]'
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_category ON events(category);

CREATE TABLE quantities (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    event_id     TEXT,                      -- the event that counts it, when one does
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    value        TEXT    NOT NULL,
    max_value    TEXT,
    unit         TEXT    NOT NULL,
    what         TEXT,
    approximate  INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

-- How an inferred publication date was found: the rule and the evidence spans (JSON [[start,end],…]).
ALTER TABLE articles ADD COLUMN inferred_rule TEXT;
ALTER TABLE articles ADD COLUMN inferred_evidence TEXT;
