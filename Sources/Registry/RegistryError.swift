/// Why a registry operation failed, as a sentence naming the input.
public enum RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or upgraded.
    case cannotOpen(path: String, reason: String)
    /// No work or expression has this identifier.
    case unknownURI(String)
    /// The work exists but had no version in force on that date.
    case notInForce(uri: String, date: String, firstVersion: String?)
    /// The expression has no provision with this eId.
    case unknownProvision(uri: String, eId: String)
    /// A date is not YYYY-MM-DD or not a real day.
    case invalidDate(String)
    /// A search query has nothing to search for, or is malformed.
    case invalidQuery(String, reason: String)
    /// A file could not be ingested.
    case unusableDocument(path: String, reason: String)
    /// The database reported an error.
    case database(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "cannot open the registry \(path): \(reason)"
        case .unknownURI(let uri): return "\(uri) is not in the registry"
        case .notInForce(let uri, let date, let first):
            return "\(uri) is not in force on \(date)" + (first.map { ": its first version takes effect on \($0)" } ?? "")
        case .unknownProvision(let uri, let eId): return "\(uri) has no provision with eId '\(eId)'"
        case .invalidDate(let date): return "'\(date)' is not a date: expected YYYY-MM-DD"
        case .invalidQuery(let query, let reason): return "cannot search for '\(query)': \(reason)"
        case .unusableDocument(let path, let reason): return "\(path): \(reason)"
        case .database(let message): return "database error: \(message)"
        }
    }
}
