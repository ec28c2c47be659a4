import Foundation
import Registry

/// `ingest DB DIR`: times `Ingester.ingest(paths:)` over every XML file of DIR, wall clock, from opening the
/// registry to the end of the last write; prints files, bytes, seconds, MB/s (10⁶ bytes) and provisions.
struct IngestBenchmark {
    /// The registry database (best started empty: unchanged files are skipped by content hash).
    let database: String
    /// The corpus folder.
    let directory: String

    /// Runs the ingest and returns the JSON line.
    func run() throws -> String {
        let paths = try XMLFiles.list(under: directory)
        guard !paths.isEmpty else { throw BenchError.failed("no .xml files under \(directory)") }
        let bytes = XMLFiles.totalBytes(paths)
        let wallStart = Stopwatch.wall()
        let cpuStart = Stopwatch.cpu()
        // The registry's single writer runs on the calling thread (GRDB's write is synchronous): its CPU time
        // is what the other cores cannot share.
        let writerStart = Stopwatch.threadCPU()
        let registry = try Registry(path: database)
        let report = Ingester(registry: registry).ingest(paths: paths)
        let seconds = Stopwatch.wall() - wallStart
        let cpuSeconds = Stopwatch.cpu() - cpuStart
        let writerSeconds = Stopwatch.threadCPU() - writerStart
        if let failure = report.files.first(where: { $0.outcome == .skipped }) {
            FileHandle.standardError.write(Data("qonun-bench: \(report.skipped) file(s) skipped, first: \(failure.path): \(failure.message ?? "")\n".utf8))
        }
        var json = JSONLine()
        json.add("files", paths.count)
        json.add("bytes", bytes)
        json.add("seconds", seconds)
        json.add("mbPerSecond", Double(bytes) / 1e6 / seconds, decimals: 2)
        json.add("provisions", report.provisionsIndexed)
        json.add("added", report.added)
        json.add("skipped", report.skipped)
        json.add("cpuSeconds", cpuSeconds)
        json.add("writerCpuSeconds", writerSeconds)
        return json.text
    }
}
