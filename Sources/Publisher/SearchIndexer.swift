import Foundation

/// A page as the static search index sees it.
struct SearchRecord: Codable, Sendable {
    /// The page's site-relative URL.
    var url: String
    /// ISO 639-2 language of the page.
    var language: String
    /// The page title.
    var title: String
    /// The page text, apostrophes folded.
    var content: String

    /// Every Uzbek apostrophe spelling as ASCII `'`, so a search typed with any of them matches.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{02BB}", "\u{02BC}", "\u{2018}", "\u{2019}", "`", "\u{00B4}": result.append("'")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Builds the Pagefind index (PyPI `pagefind-bin`) from the search records, through scripts/pagefind_index.py.
struct SearchIndexer {
    let python: String?
    let script: URL?

    /// Runs Pagefind; returns a sentence saying what happened. Without Pagefind the site still works.
    /// True when a Python to run Pagefind is there.
    var isAvailable: Bool {
        guard let python else { return false }
        return FileManager.default.isExecutableFile(atPath: python)
    }

    func index(site: URL, records makeRecords: () -> [SearchRecord]) -> String {
        guard let python, FileManager.default.isExecutableFile(atPath: python) else {
            return "static search index skipped: Pagefind is not installed (make run installs PyPI pagefind-bin into .venv)"
        }
        guard let script, FileManager.default.fileExists(atPath: script.path) else {
            return "static search index skipped: \(script?.path ?? "scripts/pagefind_index.py") is missing"
        }
        let records = makeRecords()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qonun-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let recordsFile = folder.appendingPathComponent("records.json")
            try JSONEncoder().encode(records).write(to: recordsFile)
            let errorsFile = folder.appendingPathComponent("errors.txt")
            FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
            let errors = try FileHandle(forWritingTo: errorsFile)
            defer { try? errors.close() }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script.path, recordsFile.path, site.appendingPathComponent("pagefind").path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                process.terminate()
                return "static search index failed: Pagefind did not finish within 2 minutes"
            }
            guard process.terminationStatus == 0 else {
                let message = (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? ""
                return "static search index failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            }
            return "static search index: \(records.count) pages indexed with Pagefind"
        } catch {
            return "static search index failed: \(error.localizedDescription)"
        }
    }
}
