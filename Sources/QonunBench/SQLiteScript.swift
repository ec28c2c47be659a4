import Foundation
import Registry

/// The registry's search written with SQLite's own FTS5 functions, as statements for the sqlite3 command-line
/// tool (Qonun's `qonun_rank` and its highlighter exist only inside a Qonun process): for each query the ranking
/// of all matches (the page of 20 ids by `bm25()`, which `qonun_rank` equals, and the count of the provisions
/// they stand for), then the page's `snippet()`, `highlight()` and metadata, with the same "in force on DAY"
/// scope (an `IN` subquery, a passage counting for each of its provisions in scope) and the same
/// FTS5 MATCH pattern (`SearchQuery(parsing:).fts5Pattern`), against the mirror table `bench_fts` with every term
/// pre-folded. This is also the SQL Qonun itself ran before `qonun_rank`.
struct SQLiteScript {
    /// The FTS5 table queried: `bench_fts` (the mirror, runnable by sqlite3) or `provision_fts` (the registry's own).
    let table: String
    /// The "in force on" day of the registry's default search (today, UTC).
    let day: String
    /// Result page size.
    let limit = 20

    /// The MATCH pattern for `query` against `table`.
    func pattern(_ query: SearchQuery) -> String {
        table == "provision_fts" ? query.fts5Pattern : SQLiteScript.foldedPattern(query)
    }

    /// `SearchQuery.fts5Pattern` with every term folded as the registry's tokenizer folds it.
    static func foldedPattern(_ query: SearchQuery) -> String {
        func quote(_ term: SearchQuery.Term) -> String {
            "\"" + BenchMirror.folded(term.text).replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.isPrefix ? " *" : "")
        }
        let groups = query.required.map { group in
            group.count == 1 ? quote(group[0]) : "(" + group.map(quote).joined(separator: " OR ") + ")"
        }
        var pattern = groups.joined(separator: " AND ")
        if !query.excluded.isEmpty {
            pattern = "(" + pattern + ") NOT (" + query.excluded.map(quote).joined(separator: " OR ") + ")"
        }
        return pattern
    }

    /// The common table expressions of both statements, as in `Registry.search`: `scope`, the expressions in
    /// force on `day`; `m`, every match with its bm25 rank (an indexed row is a passage, see the registry's
    /// `PassageKey`); `hits`, the provisions in scope each match stands for: its own row when in scope, and its
    /// aliases in scope (through `provision_alias`, by the index `BenchMirror` adds on `canonical`).
    func commonTables(pattern: String) -> String {
        """
        WITH scope(id) AS (
            SELECT id FROM expression INDEXED BY expression_in_force WHERE date <= \(SQLiteScript.literal(day)) AND (valid_until IS NULL OR valid_until > \(SQLiteScript.literal(day)))),
        m(id, rank) AS MATERIALIZED (
            SELECT \(table).rowid, bm25(\(table), 5.0, 1.0) FROM \(table) WHERE \(table) MATCH \(SQLiteScript.literal(pattern))),
        hits(id, rank) AS (
            SELECT id, rank FROM m WHERE (id >> 20) IN scope
            UNION ALL
            SELECT a.id, m.rank FROM m JOIN provision_alias a ON a.canonical = m.id WHERE (a.id >> 20) IN scope),
        page(id, rank, total) AS (
            SELECT id, rank, count(*) OVER () FROM hits ORDER BY rank, id LIMIT \(limit) OFFSET 0)
        """
    }

    /// The ranking statement: the page of ids by bm25, and the count of all matching provisions, in one pass.
    func rankStatement(pattern: String) -> String {
        commonTables(pattern: pattern) + "\nSELECT id, rank, total FROM page"
    }

    /// The page statement: snippet, highlight and the joined metadata for the page's provisions only (an alias's
    /// snippet is made from its passage's indexed row).
    func pageStatement(pattern: String) -> String {
        commonTables(pattern: pattern) + """
            ,
            passage(id, passage) AS (
                SELECT page.id, coalesce((SELECT canonical FROM provision_alias WHERE provision_alias.id = page.id), page.id) FROM page)
            SELECT p.id, w.uri AS work, e.uri AS expression, p.eid, e.title, p.num, p.heading,
                   snippet(\(table), 1, char(1), char(2), '…', 16) AS text_snippet,
                   highlight(\(table), 0, char(1), char(2)) AS heading_snippet
            FROM \(table)
            JOIN passage ON passage.passage = \(table).rowid
            JOIN provision p ON p.id = passage.id
            JOIN expression e ON e.id = p.expression_id
            JOIN work w ON w.id = e.work_id
            WHERE \(table) MATCH \(SQLiteScript.literal(pattern)) AND \(table).rowid IN (SELECT passage FROM passage);
            """
    }

    /// The whole script: a warm-up pass, then `runs` timed passes over the queries, results to /dev/null and
    /// `.timer on`, so that stdout holds exactly two `Run Time:` lines per query and pass.
    func script(queries: [String], runs: Int) throws -> String {
        var blocks: [String] = []
        for query in queries {
            let parsed = try SearchQuery(parsing: query)
            let pattern = pattern(parsed)
            blocks.append("""
                -- \(query.replacingOccurrences(of: "\n", with: " "))
                --   registry: provision_fts MATCH \(SQLiteScript.literal(parsed.fts5Pattern))
                \(rankStatement(pattern: pattern));
                \(pageStatement(pattern: pattern))
                """)
        }
        var text = """
            -- qonun-bench: queries=\(queries.count) runs=\(runs) statements-per-query=2 table=\(table) day=\(day)
            -- The registry's search as the sqlite3 shell runs it: pass 0 warms up, passes 1...\(runs) are timed.
            .bail on
            .output /dev/null
            .timer on

            """
        for pass in 0...runs {
            text += "-- pass \(pass)\n" + blocks.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// An SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
