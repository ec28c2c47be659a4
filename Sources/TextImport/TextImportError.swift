/// Why a text could not be converted; each case prints as a sentence naming the input, the place and the reason.
public enum TextImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input holds nothing but whitespace and web page noise.
    case emptyInput(source: String)
    /// No article, chapter or other structural heading was found, so the text is not a structured act.
    case noStructureFound(source: String)
    /// The work URI does not follow the Akoma Ntoso naming convention.
    case invalidWorkURI(String, reason: String)
    /// A date option is not a real calendar date written as `YYYY-MM-DD`.
    case invalidDate(String)
    /// A heading carries a number that cannot be read (too long, or a malformed numeral).
    case invalidNumber(source: String, line: Int, text: String)

    /// The error as one sentence.
    public var description: String {
        switch self {
        case .emptyInput(let source):
            return "\(source): the input is empty once web page noise is removed."
        case .noStructureFound(let source):
            return "\(source): no article, chapter or section heading was found, so this does not look like an act."
        case .invalidWorkURI(let uri, let reason):
            return "The work URI '\(uri)' is not valid: \(reason)."
        case .invalidDate(let date):
            return "The date '\(date)' is not a calendar date written as YYYY-MM-DD."
        case .invalidNumber(let source, let line, let text):
            return "\(source):\(line): the heading '\(text)' has a number that cannot be read."
        }
    }
}
