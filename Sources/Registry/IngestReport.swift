/// What happened to one file during ingest.
public struct IngestedFile: Sendable, Codable, Equatable {
    /// The outcome for the file.
    public enum Outcome: String, Sendable, Codable {
        /// A new expression was stored.
        case added
        /// An expression with the same URI and different content was replaced.
        case replaced
        /// The same content was already stored; nothing was written.
        case unchanged
        /// The file could not be ingested; `message` says why.
        case skipped
    }

    /// The file as named by the caller.
    public var path: String
    /// What happened.
    public var outcome: Outcome
    /// The expression URI stored or matched.
    public var expression: String?
    /// Why a file was skipped, or warnings about a file that went in.
    public var message: String?
    /// Provisions indexed from this file.
    public var provisions: Int
}

/// The outcome of an ingest run.
public struct IngestReport: Sendable, Codable {
    /// One entry per file, in the order given.
    public var files: [IngestedFile] = []

    /// Creates an empty report.
    public init() {}

    /// Files whose expression was new.
    public var added: Int { files.filter { $0.outcome == .added }.count }
    /// Files whose expression replaced a different version of the same URI.
    public var replaced: Int { files.filter { $0.outcome == .replaced }.count }
    /// Files already stored with the same content.
    public var unchanged: Int { files.filter { $0.outcome == .unchanged }.count }
    /// Files that could not be ingested.
    public var skipped: Int { files.filter { $0.outcome == .skipped }.count }
    /// Provisions indexed in this run.
    public var provisionsIndexed: Int { files.reduce(0) { $0 + $1.provisions } }

    /// "added 3, replaced 0, unchanged 11, skipped 1; 412 provisions indexed"
    public var summary: String {
        "expressions added \(added), replaced \(replaced), unchanged \(unchanged), skipped \(skipped); provisions indexed \(provisionsIndexed)"
    }

    private enum CodingKeys: String, CodingKey { case added, replaced, unchanged, skipped, provisionsIndexed, files }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(added, forKey: .added)
        try container.encode(replaced, forKey: .replaced)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(provisionsIndexed, forKey: .provisionsIndexed)
        try container.encode(files, forKey: .files)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        files = try container.decode([IngestedFile].self, forKey: .files)
    }
}
