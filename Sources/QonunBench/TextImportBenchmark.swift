import Foundation
import TextImport

/// `qonun-bench text-import FILE... [--runs R]`: how fast the text importer turns official plain text into an
/// Akoma Ntoso XML string, in process, with a release build.
///
/// Every file is read and decoded once (not timed), converted once as a warm-up, then converted R times; each
/// conversion is timed on the wall clock from the text (a `String`) to the finished XML (a `String`). The work
/// URI is the one the act suggests for itself (its signature's date and number), found by the warm-up, so no
/// file needs to be named by hand. Prints one JSON object:
/// `{files, bytes, runs, seconds, mbPerSecond, perFile: [...]}`, where bytes is the input text's UTF-8 size,
/// seconds is the sum of all timed conversions and MB is 10^6 bytes of input text. `cpuSeconds` is the
/// thread's CPU time over the same conversions: on a shared machine it shows how much of the wall clock was
/// spent waiting for a core.
enum TextImportBenchmark {
    /// The usage line printed with argument errors.
    static let usage = "usage: qonun-bench text-import FILE... [--runs R]"

    /// One file's figures.
    struct FileResult: Encodable {
        /// The file's name (last path component).
        var file: String
        /// The input text's size in bytes (UTF-8).
        var bytes: Int
        /// The output XML's size in bytes (UTF-8).
        var xmlBytes: Int
        /// The chapters and articles the importer found, so a run can be checked against the accuracy tests.
        var chapters: Int
        var articles: Int
        /// The sum of the timed conversions of this file, in seconds.
        var seconds: Double
        /// The fastest single conversion, in seconds.
        var bestSeconds: Double
        /// Input MB converted per second over all timed conversions.
        var mbPerSecond: Double
        /// The thread's CPU time over the timed conversions, in seconds.
        var cpuSeconds: Double
    }

    /// The whole run's figures.
    struct Result: Encodable {
        var files: Int
        var bytes: Int
        var runs: Int
        var seconds: Double
        var mbPerSecond: Double
        /// The sum over files of the fastest conversion, and the rate it gives (less noise from other processes).
        var bestSeconds: Double
        var bestMBPerSecond: Double
        /// The thread's CPU time over all timed conversions, and the rate it gives.
        var cpuSeconds: Double
        var cpuMBPerSecond: Double
        var perFile: [FileResult]
    }

    /// Runs the benchmark with the arguments that follow `text-import`; returns the process exit status.
    static func main(_ arguments: [String]) -> Int32 {
        var paths: [String] = []
        var runs = 10
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--runs" {
                guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else {
                    printError("qonun-bench text-import: --runs needs a positive whole number.\n\(usage)")
                    return 2
                }
                runs = value
                index += 2
            } else if argument == "-h" || argument == "--help" {
                print(usage)
                return 0
            } else {
                paths.append(argument)
                index += 1
            }
        }
        guard !paths.isEmpty else {
            printError("qonun-bench text-import: no input files.\n\(usage)")
            return 2
        }

        var texts: [(name: String, text: String)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("qonun-bench text-import: \(path) cannot be read.")
                return 1
            }
            guard let text = String(data: data, encoding: .utf8) else {
                printError("qonun-bench text-import: \(path) is not UTF-8 text.")
                return 1
            }
            texts.append((URL(fileURLWithPath: path).lastPathComponent, text))
        }

        let importer = TextImporter()
        let clock = ContinuousClock()
        var results: [FileResult] = []
        var sink = 0
        for (name, text) in texts {
            let placeholder = "/akn/uz/act/2000-01-01/bench"
            let warmUp: ImportedAct
            do {
                warmUp = try importer.convert(text, workURI: placeholder, sourceName: name)
            } catch {
                printError("qonun-bench text-import: \(name): \(error.description)")
                return 1
            }
            let uri = warmUp.suggestedWorkURI ?? placeholder
            var total = Duration.zero
            var best = Duration.seconds(1_000_000)
            var xmlBytes = 0
            var cpuSeconds = 0.0
            for _ in 0..<runs {
                let cpuStart = threadCPUTime()
                let start = clock.now
                let act: ImportedAct
                do {
                    act = try importer.convert(text, workURI: uri, sourceName: name)
                } catch {
                    printError("qonun-bench text-import: \(name): \(error.description)")
                    return 1
                }
                let elapsed = clock.now - start
                cpuSeconds += threadCPUTime() - cpuStart
                total += elapsed
                best = min(best, elapsed)
                xmlBytes = act.xml.utf8.count
                sink &+= xmlBytes
            }
            let bytes = text.utf8.count
            let seconds = total.textImportSeconds
            results.append(FileResult(
                file: name, bytes: bytes, xmlBytes: xmlBytes, chapters: warmUp.chapterCount,
                articles: warmUp.articleCount, seconds: seconds, bestSeconds: best.textImportSeconds,
                mbPerSecond: Double(bytes * runs) / seconds / 1e6, cpuSeconds: cpuSeconds))
        }
        precondition(sink > 0, "no XML was produced")

        let bytes = results.reduce(0) { $0 + $1.bytes }
        let seconds = results.reduce(0) { $0 + $1.seconds }
        let bestSeconds = results.reduce(0) { $0 + $1.bestSeconds }
        let cpuSeconds = results.reduce(0) { $0 + $1.cpuSeconds }
        let result = Result(
            files: results.count, bytes: bytes, runs: runs, seconds: seconds,
            mbPerSecond: Double(bytes * runs) / seconds / 1e6, bestSeconds: bestSeconds,
            bestMBPerSecond: Double(bytes) / bestSeconds / 1e6, cpuSeconds: cpuSeconds,
            cpuMBPerSecond: Double(bytes * runs) / cpuSeconds / 1e6, perFile: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(result) else { return 1 }
        print(String(decoding: json, as: UTF8.self))
        return 0
    }

    /// CPU time consumed by the calling thread, in seconds.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    fileprivate var textImportSeconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
