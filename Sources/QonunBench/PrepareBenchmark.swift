import Foundation
import Registry

/// `prepare DB DIR [--runs R]`: times the parsing half of ingest (`Ingester.prepareWithoutWriting`: read, hash,
/// parse, check, rows, search tokens, LZ4 source) over every XML file of DIR on all cores, against the
/// registry DB (an empty one, so that no file is recognised as already stored). Prints the best run (least CPU).
struct PrepareBenchmark {
    let database: String
    let directory: String
    let runs: Int

    func run() throws -> String {
        let paths = try XMLFiles.list(under: directory)
        guard !paths.isEmpty else { throw BenchError.failed("no .xml files under \(directory)") }
        let bytes = try paths.reduce(0) { total, path in
            total + ((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let registry = try Registry(path: database)
        let ingester = Ingester(registry: registry)
        var best: (seconds: Double, cpuSeconds: Double)?
        var cpuRuns: [Double] = []
        var tally = (files: 0, provisions: 0)
        for _ in 0..<runs {
            let wallStart = Stopwatch.wall()
            let cpuStart = Stopwatch.cpu()
            tally = ingester.prepareWithoutWriting(paths: paths)
            let seconds = Stopwatch.wall() - wallStart
            let cpuSeconds = Stopwatch.cpu() - cpuStart
            cpuRuns.append(cpuSeconds)
            if best == nil || cpuSeconds < best?.cpuSeconds ?? .infinity { best = (seconds, cpuSeconds) }
        }
        let chosen = best ?? (0, 0)
        var json = JSONLine()
        json.add("files", tally.files)
        json.add("bytes", bytes)
        json.add("seconds", chosen.seconds)
        json.add("cpuSeconds", chosen.cpuSeconds)
        json.add("cpuMBPerSecond", Double(bytes) / 1e6 / chosen.cpuSeconds, decimals: 2)
        json.add("provisions", tally.provisions)
        json.add("runs", raw: "[" + cpuRuns.map { String(format: "%.3f", $0) }.joined(separator: ",") + "]")
        return json.text
    }
}
