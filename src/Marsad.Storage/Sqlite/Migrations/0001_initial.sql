-- Marsad store, schema version 1: raw inputs, their versions per path, pages, articles and their layers.
-- Offsets are half-open UTF-16 indices: article layers index into articles.text, removed spans into the page text.

-- One row per distinct content (SHA-256 of the bytes). The bytes are kept unchanged.
CREATE TABLE inputs (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT    NOT NULL UNIQUE,
    given_path   TEXT    NOT NULL,          -- the path as the user gave it when first seen
    byte_length  INTEGER NOT NULL,
    encoding     TEXT    NOT NULL,          -- as detected: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1256
    format       TEXT    NOT NULL,          -- text, html, jsonl, trec
    raw          BLOB    NOT NULL,
    ingested_at  TEXT    NOT NULL
);

-- The history of each path: a new row only when the bytes at that path change; old versions stay.
CREATE TABLE input_versions (
    full_path    TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    input_id     INTEGER NOT NULL REFERENCES inputs(id),
    seen_at      TEXT    NOT NULL,
    PRIMARY KEY (full_path, version)
);
CREATE INDEX input_versions_input ON input_versions(input_id);

-- Pages inside an input (one for .txt/.html/TREC, one per record for .jsonl). text is NULL when the page is the
-- whole decoded input (decode inputs.raw with inputs.encoding to get it back).
CREATE TABLE pages (
    id           INTEGER PRIMARY KEY,
    input_id     INTEGER NOT NULL REFERENCES inputs(id),
    line         INTEGER NOT NULL,
    format       TEXT    NOT NULL,
    text         TEXT
);
CREATE INDEX pages_input ON pages(input_id);

CREATE TABLE articles (
    id                  TEXT    PRIMARY KEY,
    input_id            INTEGER NOT NULL REFERENCES inputs(id),
    page_id             INTEGER NOT NULL REFERENCES pages(id),
    index_in_file       INTEGER NOT NULL,
    url                 TEXT,
    title               TEXT,
    outlet              TEXT,
    author              TEXT,
    published           TEXT,               -- ISO yyyy-MM-dd or NULL
    published_text      TEXT,               -- as printed on the page
    published_inferred  INTEGER NOT NULL DEFAULT 0,
    text                TEXT    NOT NULL,
    offset_map          BLOB    NOT NULL    -- int32 LE quadruples: clean_start, clean_length, raw_start, raw_length
);
CREATE INDEX articles_input ON articles(input_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE removed_spans (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,          -- raw page offsets
    span_end     INTEGER NOT NULL,
    reason       TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

CREATE TABLE sentences (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    first_token  INTEGER NOT NULL,
    token_count  INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

CREATE TABLE dates (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    precision    TEXT    NOT NULL,
    date_start   TEXT,
    date_end     TEXT,
    rule         TEXT    NOT NULL,
    relative     INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX dates_start ON dates(date_start);

CREATE TABLE numbers (
    article_id   TEXT    NOT NULL REFERENCES articles(id),
    ord          INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    value        TEXT    NOT NULL,          -- decimal as invariant text, exact
    approximate  INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

-- Inputs that could not be used, with the reason shown to the user.
CREATE TABLE failures (
    id           INTEGER PRIMARY KEY,
    input        TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    failed_at    TEXT    NOT NULL
);
