/// Why a string is not a valid Akoma Ntoso FRBR URI.
public enum FRBRURIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URI does not start with `/akn/`.
    case notAkomaNtoso(String)
    /// A path segment is empty (`//`).
    case emptySegment(String)
    /// The country is not a two-letter lowercase ISO 3166-1 code (optionally `-locality`).
    case invalidCountry(String, country: String)
    /// The document type is missing or not a name.
    case invalidDocumentType(String, type: String)
    /// No work date was found where one is required.
    case missingDate(String)
    /// A date is not a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD).
    case invalidDate(String, date: String)
    /// The language of the expression is not an ISO 639-2 three-letter code.
    case invalidLanguage(String, language: String)
    /// Something is left over after the parts the naming convention allows.
    case unexpectedSegment(String, segment: String)
    /// A component, portion or format is empty or malformed.
    case invalidSuffix(String, reason: String)

    public var description: String {
        switch self {
        case .notAkomaNtoso(let uri): return "'\(uri)' is not an Akoma Ntoso FRBR URI: it must start with /akn/"
        case .emptySegment(let uri): return "'\(uri)' has an empty path segment (//)"
        case .invalidCountry(let uri, let country):
            return "'\(uri)' has the country '\(country)'; expected a two-letter lowercase ISO 3166-1 code, optionally with -locality (uz, uz-tas)"
        case .invalidDocumentType(let uri, let type):
            return "'\(uri)' has the document type '\(type)'; expected a name such as act, bill, doc, judgment"
        case .missingDate(let uri):
            return "'\(uri)' has no work date (YYYY, YYYY-MM or YYYY-MM-DD after the document type, subtype and actor)"
        case .invalidDate(let uri, let date): return "'\(uri)' has the date '\(date)', which is not a real calendar date"
        case .invalidLanguage(let uri, let language):
            return "'\(uri)' has the language '\(language)'; expected an ISO 639-2 three-letter code such as uzb, rus, eng"
        case .unexpectedSegment(let uri, let segment):
            return "'\(uri)' has the unexpected segment '\(segment)' after the work number and expression"
        case .invalidSuffix(let uri, let reason): return "'\(uri)' \(reason)"
        }
    }
}
