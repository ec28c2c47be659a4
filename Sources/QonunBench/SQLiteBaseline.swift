import Foundation

/// `sqlite-run DB SCRIPT [--sqlite3 PATH]`: feeds a script from `sqlite-queries` to one sqlite3 shell process
/// and reads its `.timer` lines. A query's latency is the sum of its two statements (count, then page), as in
/// the registry. The shell prints `real` with millisecond resolution only, so the primary figure is CPU time
/// (`user` + `sys`, from getrusage, microseconds), compared with the CPU time of the in-process search;
/// `real` percentiles are reported beside it. Process start-up and schema loading happen once, outside the timers.
struct SQLiteBaseline {
    let database: String
    let script: String
    let sqlite3: String

    /// Runs the shell and returns the JSON line.
    func run() throws -> String {
        guard let text = FileManager.default.contents(atPath: script).flatMap({ String(data: $0, encoding: .utf8) }),
              let header = text.split(separator: "\n").first,
              let queries = SQLiteBaseline.value("queries", in: header), let runs = SQLiteBaseline.value("runs", in: header),
              let perQuery = SQLiteBaseline.value("statements-per-query", in: header) else {
            throw BenchError.io("\(script) is not a qonun-bench sqlite-queries script")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [sqlite3, database]
        guard let input = FileHandle(forReadingAtPath: script) else { throw BenchError.io("cannot read \(script)") }
        process.standardInput = input
        let output = Pipe()
        process.standardOutput = output
        let start = Stopwatch.wall()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Stopwatch.wall() - start
        guard process.terminationStatus == 0 else { throw BenchError.failed("\(sqlite3) exited with status \(process.terminationStatus)") }

        let timings = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap(SQLiteBaseline.timing)
        let expected = queries * perQuery * (runs + 1)
        guard timings.count == expected else { throw BenchError.failed("expected \(expected) timer lines from \(sqlite3), got \(timings.count)") }
        var cpu: [Double] = []
        var real: [Double] = []
        for start in stride(from: queries * perQuery, to: timings.count, by: perQuery) {
            let statements = timings[start..<start + perQuery]
            cpu.append(statements.reduce(0) { $0 + $1.cpu } * 1000)
            real.append(statements.reduce(0) { $0 + $1.real } * 1000)
        }
        let cpuSummary = LatencySummary(cpu)
        let realSummary = LatencySummary(real)
        var json = JSONLine()
        json.add("queries", queries)
        json.add("runs", runs)
        json.add("samples", cpu.count)
        json.add("cpuP50Ms", cpuSummary.percentile(50))
        json.add("cpuP99Ms", cpuSummary.percentile(99))
        json.add("cpuMeanMs", cpuSummary.mean)
        json.add("realP50Ms", realSummary.percentile(50))
        json.add("realP99Ms", realSummary.percentile(99))
        json.add("realMeanMs", realSummary.mean)
        json.add("processSeconds", seconds)
        return json.text
    }

    /// `name=value` (an integer) in the script's header line.
    static func value(_ name: String, in header: Substring) -> Int? {
        for field in header.split(separator: " ") where field.hasPrefix(name + "=") {
            return Int(field.dropFirst(name.count + 1))
        }
        return nil
    }

    /// `Run Time: real 0.001 user 0.000803 sys 0.000000` -> (real, user + sys) in seconds.
    static func timing(_ line: Substring) -> (real: Double, cpu: Double)? {
        guard line.hasPrefix("Run Time:") else { return nil }
        let fields = line.split(separator: " ")
        func number(after key: String) -> Double? {
            guard let index = fields.firstIndex(of: Substring(key)), index + 1 < fields.count else { return nil }
            return Double(fields[index + 1])
        }
        guard let real = number(after: "real"), let user = number(after: "user"), let sys = number(after: "sys") else { return nil }
        return (real, user + sys)
    }
}
