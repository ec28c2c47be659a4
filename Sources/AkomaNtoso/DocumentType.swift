/// The kind of an Akoma Ntoso document: its document element's name (`act`, `bill`, `doc`, ...).
public struct DocumentType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The element name.
    public var rawValue: String

    /// Creates a type from an element name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A legislative act in force or enacted.
    public static let act = DocumentType(rawValue: "act")
    /// A draft law before a legislature.
    public static let bill = DocumentType(rawValue: "bill")
    /// Any other document (reports, explanatory memoranda...).
    public static let doc = DocumentType(rawValue: "doc")

    /// True for acts and bills, which have a body of provisions; everything else is handled as a generic document.
    public var isLegislation: Bool { self == .act || self == .bill }

    public var description: String { rawValue }
}
