/// What a publish did.
public struct PublishReport: Sendable, Codable, Equatable {
    /// Files whose bytes changed (or are new) and were written.
    public var written: [String] = []
    /// Files produced with the same bytes as before (or not re-rendered because their inputs did not change).
    public var unchanged: Int = 0
    /// Files of the previous publish that are no longer produced, deleted.
    public var removed: [String] = []
    /// Seconds taken.
    public var seconds: Double = 0
    /// What happened with the static search index.
    public var searchIndex: String = ""

    /// Creates an empty report.
    public init() {}

    /// "pages written 12, unchanged 230, removed 0 in 1.42 s"
    public var summary: String {
        "pages written \(written.count), unchanged \(unchanged), removed \(removed.count) in \(String(format: "%.2f", seconds)) s"
    }
}
