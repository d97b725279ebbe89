-- Marsad store, schema version 3: the cross-document picture (docs/graph.md). Articles are linked in processing
-- order (seq); every table below is derived from the fact tables and can be dropped and rebuilt (`marsad rebuild`).
-- Ids: global entities are knowledge-base ids (kb:…) or the article-local id of an unlisted actor's first mention;
-- event clusters take the id of their first report; stories are story:<first article id>; quote clusters
-- <article id>/q<n> of their first quote.

CREATE TABLE graph_meta (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- One row per linked article: its place in processing order and the earlier article it copies, if any.
CREATE TABLE graph_articles (
    article_id            TEXT    PRIMARY KEY REFERENCES articles(id),
    seq                   INTEGER NOT NULL UNIQUE,
    published             TEXT,
    outlet                TEXT,
    duplicate_of          TEXT,
    duplicate_similarity  REAL
);
CREATE INDEX graph_articles_duplicate ON graph_articles(duplicate_of);
CREATE INDEX graph_articles_published ON graph_articles(published);

-- Global entities: every knowledge-base entity named somewhere, and every unlisted actor (profile: what
-- resolution compares namesakes with).
CREATE TABLE graph_entities (
    id        TEXT    PRIMARY KEY,
    kind      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    name_en   TEXT,
    in_kb     INTEGER NOT NULL,
    profile   BLOB
);

-- Article-local entity id → global id, with the confidence and the reasons.
CREATE TABLE graph_entity_links (
    article_id  TEXT NOT NULL,
    local_id    TEXT NOT NULL,
    global_id   TEXT NOT NULL,
    confidence  REAL NOT NULL,
    reasons     TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX graph_entity_links_global ON graph_entity_links(global_id, article_id);

-- Spellings: each surface an entity was written as, folded for look-up, with how many articles used it.
CREATE TABLE graph_entity_names (
    global_id  TEXT    NOT NULL,
    surface    TEXT    NOT NULL,
    folded     TEXT    NOT NULL,
    articles   INTEGER NOT NULL,
    PRIMARY KEY (global_id, surface)
) WITHOUT ROWID;
CREATE INDEX graph_entity_names_folded ON graph_entity_names(folded);

-- Event clusters (global events). date_from/date_to: the narrowest window any report gave.
CREATE TABLE graph_clusters (
    id               TEXT    PRIMARY KEY,
    category         TEXT    NOT NULL,
    date_from        TEXT,
    date_to          TEXT,
    reports          INTEGER NOT NULL,
    background_only  INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    profile          BLOB    NOT NULL
);
CREATE INDEX graph_clusters_date ON graph_clusters(date_to);

CREATE TABLE graph_event_links (
    event_id    TEXT    PRIMARY KEY,
    article_id  TEXT    NOT NULL,
    cluster_id  TEXT    NOT NULL,
    score       REAL    NOT NULL,
    reasons     TEXT    NOT NULL
);
CREATE INDEX graph_event_links_cluster ON graph_event_links(cluster_id);
CREATE INDEX graph_event_links_article ON graph_event_links(article_id);

CREATE TABLE graph_stories (
    id             TEXT    PRIMARY KEY,
    title          TEXT,
    title_article  TEXT,
    first_date     TEXT,
    last_date      TEXT,
    articles       INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    profile        BLOB    NOT NULL
);

CREATE TABLE graph_story_links (
    story_id    TEXT    NOT NULL,
    article_id  TEXT    NOT NULL,
    score       REAL    NOT NULL,
    is_primary  INTEGER NOT NULL,
    reasons     TEXT    NOT NULL,
    PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
CREATE INDEX graph_story_links_article ON graph_story_links(article_id);

-- Statements quoted by several articles; ord is the quote's position among its article's quotes (quotes.ord).
CREATE TABLE graph_quote_clusters (
    id          TEXT    PRIMARY KEY,
    speaker     TEXT,
    reports     INTEGER NOT NULL,
    first_date  TEXT,
    seq         INTEGER NOT NULL,
    profile     BLOB    NOT NULL
);

CREATE TABLE graph_quote_links (
    article_id  TEXT    NOT NULL,
    ord         INTEGER NOT NULL,
    cluster_id  TEXT    NOT NULL,
    similarity  REAL    NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX graph_quote_links_cluster ON graph_quote_links(cluster_id);

-- Near-duplicate sketches (text hash and shingle MinHash) of every linked article.
CREATE TABLE graph_sketches (
    article_id  TEXT    PRIMARY KEY,
    profile     BLOB    NOT NULL
) WITHOUT ROWID;

-- Blocking keys (LSH bands, name spellings, event blocks): key → items, seq = the item's creation order.
CREATE TABLE graph_keys (
    key   INTEGER NOT NULL,
    seq   INTEGER NOT NULL,
    item  TEXT    NOT NULL,
    PRIMARY KEY (key, seq, item)
) WITHOUT ROWID;
