/// One message reported by libxml2 while parsing, validating or transforming, with where it happened.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious libxml2 considered the problem.
    public enum Level: String, Sendable, Hashable {
        case warning, error, fatal
    }

    /// The 1-based line of the input the message is about, or 0 when libxml2 did not know it.
    public var line: Int
    /// libxml2's message, without its trailing newline.
    public var message: String
    /// Whether this is a warning, an error or a fatal error.
    public var level: Level
    /// libxml2's numeric error code (`xmlParserErrors`), useful to tell kinds of failure apart.
    public var code: Int

    /// Creates a diagnostic.
    public init(line: Int, message: String, level: Level = .error, code: Int = 0) {
        self.line = line
        self.message = message
        self.level = level
        self.code = code
    }

    public var description: String {
        line > 0 ? "line \(line): \(message)" : message
    }
}
