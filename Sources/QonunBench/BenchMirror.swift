import Foundation
import GRDB
import Registry

/// The sqlite3 baseline's copy of the search index. The registry's `provision_fts` uses the `qonun` tokenizer,
/// which exists only inside a Qonun process, so the sqlite3 command-line tool cannot query it. In the benchmark
/// database only, this builds `bench_text` (id = provision id; heading and text pre-folded with
/// `SearchFolding.words(in:)` joined by spaces; only the passages the registry indexes, see `PassageKey`) and
/// `bench_fts`, an external-content FTS5 table over it with
/// SQLite's built-in `unicode61` tokenizer (apostrophe kept inside words, no diacritic removal), so the same
/// folded terms match the same provisions. It is filled the way ingest fills `provision_fts`, so both indexes have
/// a comparable segment structure: one transaction per 8 MB of source (as `Ingester` commits), indexed by one
/// statement at its end, in id order.
struct BenchMirror {
    /// The benchmark database.
    let database: String

    /// The FTS5 tokenizer of the mirror: `'` is a word character, as in folded words (`o'zbekiston`).
    static let tokenizer = "unicode61 remove_diacritics 0 tokenchars ''''"

    /// Builds the mirror unless it already covers every passage (the provisions the registry indexes: those that
    /// are no one's alias); returns the number of rows mirrored.
    @discardableResult
    func ensure() throws -> Int {
        let queue = try DatabaseQueue(path: database)
        let provisions = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_passage") ?? 0 }
        let mirrored = try queue.read { db -> Int? in
            guard try db.tableExists("bench_text") else { return nil }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM bench_text")
        }
        if mirrored == provisions { return provisions }
        try queue.inDatabase { db in
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS bench_text_insert;
                DROP TABLE IF EXISTS bench_fts;
                DROP TABLE IF EXISTS bench_text;
                CREATE TABLE bench_text (id INTEGER PRIMARY KEY, heading TEXT NOT NULL, text TEXT NOT NULL);
                CREATE VIRTUAL TABLE bench_fts USING fts5(
                    heading, text, content='bench_text', content_rowid='id', tokenize="\(BenchMirror.tokenizer)"
                );
                CREATE INDEX IF NOT EXISTS bench_alias_by_canonical ON provision_alias(canonical);
                """)
        }
        let expressions = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, size FROM expression ORDER BY id").map { ($0["id"] as Int64, $0["size"] as Int) }
        }
        var batches: [[Int64]] = [[]]
        var bytes = 0
        for (id, size) in expressions {
            if bytes >= Ingester.transactionBytes { batches.append([]); bytes = 0 }
            batches[batches.count - 1].append(id)
            bytes += size
        }
        for batch in batches where !batch.isEmpty {
            try queue.inTransaction { db in
                let insert = try db.cachedStatement(sql: "INSERT INTO bench_text(id, heading, text) VALUES (?, ?, ?)")
                for expression in batch {
                    // An expression's provisions are the ids (expression << 20) ..< ((expression + 1) << 20).
                    let rows = try Row.fetchAll(db, sql: "SELECT id, heading, text FROM provision_passage WHERE id >= (? << 20) AND id < ((? + 1) << 20) ORDER BY id",
                                                arguments: [expression, expression])
                    for row in rows {
                        let heading: String = row["heading"] ?? ""
                        let text: String = row["text"]
                        try insert.execute(arguments: [row["id"] as Int64, BenchMirror.folded(heading), BenchMirror.folded(text)])
                    }
                }
                let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ",")
                try db.execute(sql: """
                    INSERT INTO bench_fts(rowid, heading, text)
                    SELECT id, heading, text FROM bench_text WHERE (id >> 20) IN (\(placeholders)) ORDER BY id
                    """, arguments: StatementArguments(batch))
                return .commit
            }
        }
        return provisions
    }

    /// Text as the registry's tokenizer sees it: folded words separated by spaces.
    static func folded(_ text: String) -> String {
        SearchFolding.words(in: text).joined(separator: " ")
    }

    /// Pages and segments of an FTS5 index (its `_data` shadow table), to compare the two indexes' shapes.
    static func indexShape(_ db: Database, table: String) throws -> (rows: Int, bytes: Int) {
        let row = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(sum(length(block)), 0) FROM \(table)_data")
        return (row?[0] ?? 0, row?[1] ?? 0)
    }
}
