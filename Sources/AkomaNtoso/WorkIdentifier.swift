/// How a work is identified: an Akoma Ntoso FRBR URI, or any other URI kept as it is
/// (legislation.gov.uk's `http://www.legislation.gov.uk/id/...`, ELI, a malformed `/akn/` URI from real data).
public enum WorkIdentifier: Hashable, Sendable, CustomStringConvertible {
    /// A URI that follows the AKN naming convention.
    case akn(FRBRURI)
    /// Any other identifier, kept verbatim.
    case opaque(String)

    /// Classifies `text`: an `/akn/` URI that parses becomes `.akn`, anything else `.opaque`.
    public init(_ text: String) {
        if let uri = try? FRBRURI(parsing: text) { self = .akn(uri) } else { self = .opaque(text) }
    }

    /// The identifier as text.
    public var description: String {
        switch self {
        case .akn(let uri): return uri.description
        case .opaque(let text): return text
        }
    }

    /// The parsed URI when this is an AKN identifier.
    public var frbr: FRBRURI? {
        if case .akn(let uri) = self { return uri }
        return nil
    }
}
