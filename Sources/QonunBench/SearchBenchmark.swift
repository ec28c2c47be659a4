import Foundation
import Registry

/// `search DB QUERIES_FILE [--runs R] [--details FILE]`: runs every query through
/// `registry.search(_:options: SearchOptions(limit: 20))` once to warm up, then R times, timing each call
/// (wall clock and process CPU time); prints percentiles as one JSON line.
struct SearchBenchmark {
    /// The registry database.
    let database: String
    /// The queries.
    let queries: [String]
    /// Timed passes over the query set.
    let runs: Int
    /// Where to write per-query figures (JSON), if anywhere.
    let details: String?

    /// Runs the benchmark and returns the JSON line.
    func run() throws -> String {
        let registry = try Registry(path: database)
        let options = SearchOptions(limit: 20)
        var totals: [Int] = []
        for query in queries { totals.append(try registry.search(query, options: options).total) }
        var wall: [[Double]] = Array(repeating: [], count: queries.count)
        var cpu: [[Double]] = Array(repeating: [], count: queries.count)
        for _ in 0..<runs {
            for (index, query) in queries.enumerated() {
                let wallStart = Stopwatch.wall()
                let cpuStart = Stopwatch.cpu()
                let results = try registry.search(query, options: options)
                let cpuEnd = Stopwatch.cpu()
                let wallEnd = Stopwatch.wall()
                guard results.total == totals[index] else { throw BenchError.failed("\(query): the total changed between runs") }
                wall[index].append((wallEnd - wallStart) * 1000)
                cpu[index].append((cpuEnd - cpuStart) * 1000)
            }
        }
        if let details { try write(details: details, totals: totals, wall: wall) }
        let wallSummary = LatencySummary(wall.flatMap { $0 })
        let cpuSummary = LatencySummary(cpu.flatMap { $0 })
        var json = JSONLine()
        json.add("queries", queries.count)
        json.add("runs", runs)
        json.add("samples", wallSummary.sorted.count)
        json.add("p50Ms", wallSummary.percentile(50))
        json.add("p90Ms", wallSummary.percentile(90))
        json.add("p99Ms", wallSummary.percentile(99))
        json.add("meanMs", wallSummary.mean)
        json.add("maxMs", wallSummary.max)
        json.add("cpuP50Ms", cpuSummary.percentile(50))
        json.add("cpuP99Ms", cpuSummary.percentile(99))
        json.add("cpuMeanMs", cpuSummary.mean)
        json.add("matches", totals.reduce(0, +))
        return json.text
    }

    /// Per query: matching provisions and wall-clock p50/max.
    private func write(details path: String, totals: [Int], wall: [[Double]]) throws {
        let lines = queries.indices.map { index -> String in
            let summary = LatencySummary(wall[index])
            var json = JSONLine()
            json.add("query", queries[index])
            json.add("total", totals[index])
            json.add("p50Ms", summary.percentile(50))
            json.add("maxMs", summary.max)
            return json.text
        }
        try Data(("[\n" + lines.joined(separator: ",\n") + "\n]\n").utf8).write(to: URL(fileURLWithPath: path))
    }
}
