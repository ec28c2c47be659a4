/// One FRBR level of a document's identification (`FRBRWork`, `FRBRExpression` or `FRBRManifestation`).
public struct FRBRLevel: Hashable, Sendable {
    /// `FRBRthis`: the URI of this level of the specific component.
    public var this: String?
    /// `FRBRuri`: the URI of this level of the whole document.
    public var uri: String?
    /// `FRBRdate@date`.
    public var date: String?
    /// `FRBRdate@name`: what the date is (enactment, Generation, ...).
    public var dateName: String?
    /// `FRBRauthor@href`.
    public var author: String?
    /// `FRBRcountry@value` (work level).
    public var country: String?
    /// `FRBRsubtype@value` (work level).
    public var subtype: String?
    /// `FRBRnumber@value` (work level).
    public var number: String?
    /// `FRBRname@value` (work level).
    public var name: String?
    /// `FRBRlanguage@language` values (expression level).
    public var languages: [String] = []
    /// `FRBRformat@value` (manifestation level).
    public var format: String?
    /// Line of the level's element, for messages.
    public var line: Int = 0
    /// Line of each FRBR child element by name (`FRBRcountry` → 4), so messages point at the element at fault.
    public var lines: [String: Int] = [:]

    /// The line of a child element, or of the level when that element is absent.
    public func line(of element: String) -> Int { lines[element] ?? line }

    /// Creates an empty level.
    public init() {}
}

/// The FRBR identification of a document: work, expression and manifestation.
public struct FRBRIdentity: Hashable, Sendable {
    /// The abstract work.
    public var work: FRBRLevel
    /// The version in one language at one date.
    public var expression: FRBRLevel
    /// This file.
    public var manifestation: FRBRLevel

    /// The work's identifier, AKN or opaque; nil when FRBRuri is absent or empty.
    public var workIdentifier: WorkIdentifier? {
        guard let uri = work.uri, !uri.isEmpty else { return nil }
        return WorkIdentifier(uri)
    }

    /// The expression URI as written, nil when absent or empty.
    public var expressionURI: String? {
        guard let uri = expression.uri, !uri.isEmpty else { return nil }
        return uri
    }
}
