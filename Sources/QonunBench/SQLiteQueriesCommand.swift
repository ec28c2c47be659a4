import Foundation
import GRDB
import Registry

/// `sqlite-queries DB QUERIES_FILE OUT_SQL [--runs R] [--table bench_fts|provision_fts]`: makes sure the
/// benchmark database has the `bench_fts` mirror, checks that every query finds the same number of provisions
/// through the mirror as through `Registry.search`, and writes the sqlite3 script.
struct SQLiteQueriesCommand {
    let database: String
    let queries: [String]
    let output: String
    let runs: Int
    let table: String

    /// Writes the script and returns a JSON line: queries, statements, mirrored rows, totals that agree.
    func run() throws -> String {
        guard table == "bench_fts" || table == "provision_fts" else { throw BenchError.usage("--table is bench_fts or provision_fts") }
        let registry = try Registry(path: database)
        let mirrored = try BenchMirror(database: database).ensure()
        let script = SQLiteScript(table: table, day: Registry.today())
        try Data(try script.script(queries: queries, runs: runs).utf8).write(to: URL(fileURLWithPath: output))

        let checker = SQLiteScript(table: "bench_fts", day: script.day)
        let queue = try DatabaseQueue(path: database)
        var mismatches: [String] = []
        for query in queries {
            let expected = try registry.search(query, options: SearchOptions(limit: 1)).total
            let pattern = checker.pattern(try SearchQuery(parsing: query))
            let found = try queue.read { db in
                try Row.fetchOne(db, sql: checker.rankStatement(pattern: pattern)).map { $0["total"] as Int } ?? 0
            }
            if found != expected { mismatches.append("\(query): registry \(expected), mirror \(found)") }
        }
        let shapes = try queue.read { db in
            (try BenchMirror.indexShape(db, table: "provision_fts"), try BenchMirror.indexShape(db, table: "bench_fts"))
        }
        for mismatch in mismatches { FileHandle.standardError.write(Data("qonun-bench: totals differ: \(mismatch)\n".utf8)) }
        var json = JSONLine()
        json.add("queries", queries.count)
        json.add("statements", queries.count * 2 * (runs + 1))
        json.add("mirroredProvisions", mirrored)
        json.add("totalsAgree", queries.count - mismatches.count)
        json.add("registryIndexBytes", shapes.0.bytes)
        json.add("mirrorIndexBytes", shapes.1.bytes)
        json.add("day", script.day)
        return json.text
    }
}
