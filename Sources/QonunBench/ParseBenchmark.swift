import AkomaNtoso
import Foundation

/// `parse DIR [--runs R]`: times reading Akoma Ntoso into the model, what `Ingester.prepare` spends per file
/// (`AKNDocument(data:name:)` then `StructureChecker().check`), over every XML file of DIR on all cores.
/// Files are read into memory first, so only parsing, reading and checking are timed. Prints the best run
/// (least CPU) and every run's CPU seconds.
struct ParseBenchmark {
    /// The corpus folder.
    let directory: String
    /// How many times the whole corpus is parsed.
    let runs: Int

    /// Runs the benchmark and returns the JSON line.
    func run() throws -> String {
        let paths = try XMLFiles.list(under: directory)
        guard !paths.isEmpty else { throw BenchError.failed("no .xml files under \(directory)") }
        let inputs: [(path: String, data: Data)] = try paths.map { path in
            do { return (path, try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
                throw BenchError.io("cannot read \(path): \(error.localizedDescription)")
            }
        }
        let bytes = inputs.reduce(0) { $0 + $1.data.count }
        var best: (seconds: Double, cpuSeconds: Double)?
        var cpuRuns: [Double] = []
        var tally = Tally(provisions: 0, issues: 0, failures: 0)
        for _ in 0..<runs {
            let wallStart = Stopwatch.wall()
            let cpuStart = Stopwatch.cpu()
            let tallies = ParallelMap.map(inputs) { input in ParseBenchmark.read(input.data, name: input.path) }
            let seconds = Stopwatch.wall() - wallStart
            let cpuSeconds = Stopwatch.cpu() - cpuStart
            cpuRuns.append(cpuSeconds)
            tally = tallies.reduce(Tally(provisions: 0, issues: 0, failures: 0)) {
                Tally(provisions: $0.provisions + $1.provisions, issues: $0.issues + $1.issues, failures: $0.failures + $1.failures)
            }
            if best == nil || cpuSeconds < best?.cpuSeconds ?? .infinity { best = (seconds, cpuSeconds) }
        }
        let chosen = best ?? (0, 0)
        var json = JSONLine()
        json.add("files", paths.count)
        json.add("bytes", bytes)
        json.add("seconds", chosen.seconds)
        json.add("cpuSeconds", chosen.cpuSeconds)
        json.add("mbPerSecond", Double(bytes) / 1e6 / chosen.seconds, decimals: 2)
        json.add("cpuMBPerSecond", Double(bytes) / 1e6 / chosen.cpuSeconds, decimals: 2)
        json.add("provisions", tally.provisions)
        json.add("issues", tally.issues)
        json.add("failures", tally.failures)
        json.add("runs", raw: "[" + cpuRuns.map { String(format: "%.3f", $0) }.joined(separator: ",") + "]")
        return json.text
    }

    /// What one file yielded, summed so the work cannot be optimised away and a broken reader shows.
    struct Tally: Sendable {
        var provisions: Int
        var issues: Int
        var failures: Int
    }

    private static func read(_ data: Data, name: String) -> Tally {
        guard let document = try? AKNDocument(data: data, name: name) else { return Tally(provisions: 0, issues: 0, failures: 1) }
        let issues = StructureChecker().check(document)
        return Tally(provisions: count(document.provisions), issues: issues.count, failures: 0)
    }

    private static func count(_ provisions: [Provision]) -> Int {
        provisions.reduce(0) { $0 + 1 + count($1.children) }
    }
}
