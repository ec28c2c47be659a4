/// One problem found while validating a file.
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What sort of check found the problem.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The file could not be read.
        case unreadable
        /// The file is refused as hostile XML (entities, excessive depth, oversize).
        case hostile
        /// The file is not well-formed XML or not Akoma Ntoso at all.
        case wellFormedness
        /// The official XML Schema rejects it.
        case schema
        /// eIds are duplicated or provisions are malformed.
        case structure
        /// FRBR identification is missing parts or contradicts itself.
        case frbr
    }

    /// 1-based line, 0 when unknown.
    public var line: Int
    /// A sentence saying what is wrong.
    public var message: String
    /// Which check found it.
    public var kind: Kind

    /// Creates an issue.
    public init(line: Int, message: String, kind: Kind) {
        self.line = line
        self.message = message
        self.kind = kind
    }

    public var description: String { "\(line): \(message)" }
}
