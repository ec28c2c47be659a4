internal import GRDB

/// The registry's schema, as a sequence of migrations: a database written by an older Qonun is upgraded
/// in place when opened.
enum RegistryMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: works, expressions, provisions, search, lifecycle, amendments, ingest log") { db in
            try db.execute(sql: """
                CREATE TABLE work (
                    id INTEGER PRIMARY KEY,
                    uri TEXT NOT NULL UNIQUE,          -- the identifier the documents use (AKN, legislation.gov.uk, ELI)
                    is_akn INTEGER NOT NULL,           -- 1 when uri follows the AKN naming convention
                    country TEXT,
                    doc_type TEXT NOT NULL,
                    subtype TEXT,
                    number TEXT,
                    date TEXT,
                    title TEXT,
                    status TEXT NOT NULL DEFAULT 'in_force' CHECK (status IN ('in_force', 'repealed')),
                    repealed_on TEXT
                );
                CREATE TABLE expression (
                    id INTEGER PRIMARY KEY,
                    work_id INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    uri TEXT NOT NULL UNIQUE,
                    language TEXT NOT NULL,
                    script TEXT,
                    date TEXT NOT NULL,                -- in force from (YYYY-MM-DD)
                    valid_until TEXT,                  -- the next version's date in this language, NULL when current
                    title TEXT,
                    doc_type TEXT NOT NULL,
                    source_path TEXT,
                    content_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    xml BLOB NOT NULL,                 -- the Akoma Ntoso source, as ingested
                    schema_valid INTEGER,              -- NULL when not checked against the schema
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX expression_by_work ON expression(work_id, language, date);
                CREATE TABLE provision (
                    id INTEGER PRIMARY KEY,
                    expression_id INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    eid TEXT,
                    parent_id INTEGER REFERENCES provision(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    name TEXT,
                    num TEXT,
                    heading TEXT,
                    text TEXT NOT NULL,
                    ord INTEGER NOT NULL,              -- document order within the expression
                    depth INTEGER NOT NULL,
                    status TEXT,                       -- repealed, removed, ... or NULL
                    component TEXT                     -- NULL for the main document, else the component's name
                );
                CREATE INDEX provision_by_eid ON provision(expression_id, eid);
                CREATE INDEX provision_by_parent ON provision(parent_id);
                CREATE VIRTUAL TABLE provision_fts USING fts5(
                    heading, text, content='provision', content_rowid='id', tokenize='qonun'
                );
                CREATE TRIGGER provision_fts_insert AFTER INSERT ON provision BEGIN
                    INSERT INTO provision_fts(rowid, heading, text) VALUES (new.id, coalesce(new.heading, ''), new.text);
                END;
                CREATE TRIGGER provision_fts_delete AFTER DELETE ON provision BEGIN
                    INSERT INTO provision_fts(provision_fts, rowid, heading, text)
                    VALUES ('delete', old.id, coalesce(old.heading, ''), old.text);
                END;
                CREATE TABLE lifecycle_event (
                    id INTEGER PRIMARY KEY,
                    expression_id INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    date TEXT NOT NULL,
                    type TEXT NOT NULL,
                    source_uri TEXT                    -- the amending or repealing act, when known
                );
                CREATE INDEX lifecycle_by_expression ON lifecycle_event(expression_id);
                CREATE TABLE amendment (
                    id INTEGER PRIMARY KEY,
                    expression_id INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,  -- where it was read
                    amending_work TEXT NOT NULL,
                    amended_work TEXT NOT NULL,
                    amended_eid TEXT,
                    amending_eid TEXT,
                    type TEXT NOT NULL,
                    date TEXT
                );
                CREATE INDEX amendment_by_amended ON amendment(amended_work, amended_eid);
                CREATE INDEX amendment_by_amending ON amendment(amending_work);
                CREATE TABLE ingest_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    path TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('added', 'replaced', 'unchanged', 'skipped')),
                    expression_uri TEXT,
                    message TEXT
                );
                """)
        }
        migrator.registerMigration("v2: find stored content by hash") { db in
            try db.execute(sql: "CREATE INDEX expression_by_hash ON expression(content_hash)")
        }
        migrator.registerMigration("v3: provisions are indexed for search by the writer, one statement per batch") { db in
            // FTS5 flushes its pending terms whenever a statement savepoint opens on it, and a row trigger makes
            // every provision INSERT open one: one tiny index segment per provision, merged over and over.
            try db.execute(sql: "DROP TRIGGER IF EXISTS provision_fts_insert")
        }
        migrator.registerMigration("v4: provision ids carry their expression; an index of the versions in force") { db in
            // A provision's id is (expression id << 20) + its order in the expression, so the search index's rowid
            // tells which expression a match belongs to: search filters by version without reading provisions.
            try db.execute(sql: """
                CREATE TABLE provision_renumbered (
                    id INTEGER PRIMARY KEY,
                    expression_id INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    eid TEXT,
                    parent_id INTEGER REFERENCES provision(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    name TEXT,
                    num TEXT,
                    heading TEXT,
                    text TEXT NOT NULL,
                    ord INTEGER NOT NULL,
                    depth INTEGER NOT NULL,
                    status TEXT,
                    component TEXT
                );
                INSERT INTO provision_renumbered(id, expression_id, eid, parent_id, kind, name, num, heading, text, ord, depth, status, component)
                SELECT (p.expression_id << 20) + p.ord, p.expression_id, p.eid,
                       (SELECT (q.expression_id << 20) + q.ord FROM provision q WHERE q.id = p.parent_id),
                       p.kind, p.name, p.num, p.heading, p.text, p.ord, p.depth, p.status, p.component
                FROM provision p ORDER BY p.expression_id, p.ord;
                DROP TABLE provision;
                ALTER TABLE provision_renumbered RENAME TO provision;
                CREATE INDEX provision_by_eid ON provision(expression_id, eid);
                CREATE INDEX provision_by_parent ON provision(parent_id);
                CREATE TRIGGER provision_fts_delete AFTER DELETE ON provision BEGIN
                    INSERT INTO provision_fts(provision_fts, rowid, heading, text)
                    VALUES ('delete', old.id, coalesce(old.heading, ''), old.text);
                END;
                INSERT INTO provision_fts(provision_fts) VALUES ('rebuild');
                CREATE INDEX expression_in_force ON expression(date, valid_until, language, work_id);
                """)
        }
        migrator.registerMigration("v5: a generation number for search caches, bumped when expressions are deleted") { db in
            // The ranking function keeps each expression's provision lengths in memory; provisions never change
            // in place (a changed expression is deleted and written again), so a deletion is what can make a
            // cached length stale, when SQLite reuses the deleted expression's id.
            try db.execute(sql: """
                CREATE TABLE search_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
                INSERT INTO search_generation(id, value) VALUES (1, 0);
                CREATE TRIGGER expression_delete_bumps_search_generation AFTER DELETE ON expression BEGIN
                    UPDATE search_generation SET value = value + 1 WHERE id = 1;
                END;
                """)
        }
        migrator.registerMigration("v6: sources may be stored deflated") { db in
            // NULL: `xml` holds the source as ingested; 'zlib': a zlib stream of it, `size` bytes once inflated
            // ('lz4', an LZ4 block, since v7).
            try db.execute(sql: "ALTER TABLE expression ADD COLUMN xml_encoding TEXT CHECK (xml_encoding IN ('zlib'))")
        }
        migrator.registerMigration("v7: sources may be stored as LZ4 blocks") { db in
            // The CHECK of v6 cannot be altered in place: the table is rebuilt with the same rows.
            try db.execute(sql: """
                CREATE TABLE expression_v7 (
                    id INTEGER PRIMARY KEY,
                    work_id INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    uri TEXT NOT NULL UNIQUE,
                    language TEXT NOT NULL,
                    script TEXT,
                    date TEXT NOT NULL,
                    valid_until TEXT,
                    title TEXT,
                    doc_type TEXT NOT NULL,
                    source_path TEXT,
                    content_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    xml BLOB NOT NULL,
                    schema_valid INTEGER,
                    ingested_at TEXT NOT NULL,
                    xml_encoding TEXT CHECK (xml_encoding IN ('zlib', 'lz4'))  -- NULL: as ingested; else compressed
                );
                INSERT INTO expression_v7(id, work_id, uri, language, script, date, valid_until, title, doc_type, source_path,
                                          content_hash, size, xml, schema_valid, ingested_at, xml_encoding)
                SELECT id, work_id, uri, language, script, date, valid_until, title, doc_type, source_path,
                       content_hash, size, xml, schema_valid, ingested_at, xml_encoding FROM expression;
                DROP TABLE expression;
                ALTER TABLE expression_v7 RENAME TO expression;
                CREATE INDEX expression_by_work ON expression(work_id, language, date);
                CREATE INDEX expression_by_hash ON expression(content_hash);
                CREATE INDEX expression_in_force ON expression(date, valid_until, language, work_id);
                CREATE TRIGGER expression_delete_bumps_search_generation AFTER DELETE ON expression BEGIN
                    UPDATE search_generation SET value = value + 1 WHERE id = 1;
                END;
                """)
        }
        migrator.registerMigration("v8: provisions are found by their id range; no secondary index to maintain") { db in
            // A provision's id is (expression id << 20) + its order (v4), so an expression's provisions are one
            // rowid range: reading or deleting them needs no index on expression_id, and nothing looks a provision
            // up by eId or by parent alone. The two indexes cost the writer a third of each provision's insert.
            // The parent's foreign key goes too (a parent is always in its child's expression and deleted with
            // it); without its index, a cascading delete would scan the table once per provision. Ids are kept,
            // so the search index, keyed by them, stays as it is.
            try db.execute(sql: """
                CREATE TABLE provision_v8 (
                    id INTEGER PRIMARY KEY,            -- (expression_id << 20) + ord
                    expression_id INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    eid TEXT,
                    parent_id INTEGER,                 -- a provision of the same expression
                    kind TEXT NOT NULL,
                    name TEXT,
                    num TEXT,
                    heading TEXT,
                    text TEXT NOT NULL,
                    ord INTEGER NOT NULL,
                    depth INTEGER NOT NULL,
                    status TEXT,
                    component TEXT
                );
                INSERT INTO provision_v8(id, expression_id, eid, parent_id, kind, name, num, heading, text, ord, depth, status, component)
                SELECT id, expression_id, eid, parent_id, kind, name, num, heading, text, ord, depth, status, component
                FROM provision ORDER BY id;
                DROP TABLE provision;
                ALTER TABLE provision_v8 RENAME TO provision;
                CREATE TRIGGER provision_fts_delete AFTER DELETE ON provision BEGIN
                    INSERT INTO provision_fts(provision_fts, rowid, heading, text)
                    VALUES ('delete', old.id, coalesce(old.heading, ''), old.text);
                END;
                """)
        }
        migrator.registerMigration("v9: the search index keeps up to 16 MiB of new terms in memory before writing them") { db in
            // FTS5 writes its pending terms out as a new index segment whenever they pass `hashsize` (1 MiB by
            // default), and merges segments as they accumulate: an ingest transaction (8 MiB of source) wrote a
            // dozen small segments and merged them again. With 16 MiB it writes one; building the index of the
            // benchmark corpus took 13% less CPU (five of five alternated runs, in the sqlite3 shell).
            try db.execute(sql: "INSERT INTO provision_fts(provision_fts, rank) VALUES ('hashsize', \(RegistryMigrations.searchIndexHashSize))")
        }
        migrator.registerMigration("v10: a provision repeating an earlier one of its work is indexed once, as a passage") { db in
            // See `PassageKey`. `provision_alias` maps a provision whose heading and text equal an earlier
            // provision of the same work to that provision's id, under which the index holds them both. The index
            // reads its content through `provision_passage` (the provisions that are no one's alias), so that
            // FTS5's 'rebuild' and content checks see exactly the rows it holds. The stored provisions are
            // grouped into passages here as ingest groups them (the first provision of a work with a heading and
            // text holds it), and the index is rebuilt from the passages alone.
            try db.execute(sql: """
                CREATE TABLE provision_alias (
                    id INTEGER PRIMARY KEY,            -- a provision (same id); its expression holds it
                    canonical INTEGER NOT NULL         -- the provision of the same work indexed in its place
                );
                INSERT INTO provision_alias(id, canonical)
                SELECT id, canonical FROM (
                    SELECT p.id, first_value(p.id) OVER (
                        PARTITION BY e.work_id, coalesce(p.heading, ''), p.text ORDER BY p.id) AS canonical
                    FROM provision p JOIN expression e ON e.id = p.expression_id)
                WHERE id != canonical
                ORDER BY id;
                CREATE VIEW provision_passage AS
                    SELECT id, coalesce(heading, '') AS heading, text FROM provision
                    WHERE NOT EXISTS (SELECT 1 FROM provision_alias a WHERE a.id = provision.id);
                DROP TRIGGER provision_fts_delete;
                DROP TABLE provision_fts;
                CREATE VIRTUAL TABLE provision_fts USING fts5(
                    heading, text, content='provision_passage', content_rowid='id', tokenize='qonun'
                );
                INSERT INTO provision_fts(provision_fts, rank) VALUES ('hashsize', \(RegistryMigrations.searchIndexHashSize));
                INSERT INTO provision_fts(provision_fts) VALUES ('rebuild');
                CREATE TRIGGER provision_fts_delete AFTER DELETE ON provision
                WHEN NOT EXISTS (SELECT 1 FROM provision_alias WHERE id = old.id) BEGIN
                    INSERT INTO provision_fts(provision_fts, rowid, heading, text)
                    VALUES ('delete', old.id, coalesce(old.heading, ''), old.text);
                END;
                UPDATE search_generation SET value = value + 1 WHERE id = 1;
                """)
        }
        return migrator
    }

    /// Provision ids are `(expression id << provisionIdShift) + order`; an expression holds fewer provisions than
    /// `1 << provisionIdShift`.
    static let provisionIdShift = 20

    /// FTS5's `hashsize` for the search index: bytes of pending terms kept in memory before a segment is written.
    static let searchIndexHashSize = 16 << 20

    /// The ids an expression's provisions have: `lower ..< upper`, in document order.
    static func provisionIds(ofExpression id: Int64) -> (lower: Int64, upper: Int64) {
        (id << provisionIdShift, (id + 1) << provisionIdShift)
    }
}
