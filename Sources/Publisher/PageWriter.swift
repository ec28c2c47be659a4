import Foundation

/// Writes site files atomically (a temporary file renamed into place) and only when their bytes changed.
struct PageWriter: Sendable {
    let root: URL

    enum Outcome: Sendable { case written, unchanged }

    func write(_ bytes: Data, to path: String) throws -> Outcome {
        let url = root.appendingPathComponent(path)
        if let existing = try? Data(contentsOf: url), existing == bytes { return .unchanged }
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try bytes.write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PublishError.cannotWrite(path: url.path, reason: reason)
        }
        return .written
    }

    /// True when the file exists.
    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Deletes a file and any folders it leaves empty, up to the root.
    func remove(_ path: String) {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        var folder = url.deletingLastPathComponent()
        while folder.path.count > root.path.count,
              let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}

/// Why publishing failed.
public enum PublishError: Error, Sendable, CustomStringConvertible {
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// A stylesheet is missing or does not compile.
    case stylesheet(path: String, reason: String)
    /// A page could not be rendered.
    case render(page: String, reason: String)
    /// The registry could not be read.
    case registry(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .stylesheet(let path, let reason): return "the stylesheet \(path) \(reason)"
        case .render(let page, let reason): return "cannot render \(page): \(reason)"
        case .registry(let message): return message
        }
    }
}
