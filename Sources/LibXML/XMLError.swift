/// Why an XML input or schema could not be used.
public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all (missing, a folder, no permission).
    case unreadable(source: String, reason: String)
    /// The input is larger than the configured limit; it was not parsed.
    case tooLarge(source: String, size: Int, limit: Int)
    /// The input tries something the safe parser refuses: entity declarations (XXE, expansion bombs) or
    /// nesting beyond the depth limit.
    case hostile(source: String, line: Int, reason: String)
    /// The input is not well-formed XML (including invalid UTF-8); every diagnostic libxml2 gave is kept.
    case notWellFormed(source: String, diagnostics: [XMLDiagnostic])
    /// A schema or stylesheet could not be loaded or compiled.
    case unusable(source: String, diagnostics: [XMLDiagnostic])
    /// An XPath expression could not be compiled or evaluated.
    case xpath(expression: String, reason: String)

    /// The 1-based line the error points at, when there is one.
    public var line: Int? {
        switch self {
        case .hostile(_, let line, _): return line > 0 ? line : nil
        case .notWellFormed(_, let diagnostics), .unusable(_, let diagnostics):
            return diagnostics.first(where: { $0.line > 0 })?.line
        default: return nil
        }
    }

    /// The reason alone, without the source name.
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): return "cannot be read: \(reason)"
        case .tooLarge(_, let size, let limit):
            return "is \(size) bytes, over the limit of \(limit) bytes"
        case .hostile(_, _, let reason): return "refused as hostile XML: \(reason)"
        case .notWellFormed(_, let diagnostics):
            let first = diagnostics.first(where: { $0.level != .warning }) ?? diagnostics.first
            return "is not well-formed XML: \(first?.message ?? "unknown parser error")"
        case .unusable(_, let diagnostics):
            return "cannot be used: \(diagnostics.first?.message ?? "unknown error")"
        case .xpath(let expression, let reason): return "XPath \(expression) failed: \(reason)"
        }
    }

    /// The input the error is about (a path or a name given by the caller).
    public var source: String {
        switch self {
        case .unreadable(let source, _), .tooLarge(let source, _, _), .hostile(let source, _, _),
             .notWellFormed(let source, _), .unusable(let source, _):
            return source
        case .xpath(let expression, _): return expression
        }
    }

    public var description: String {
        if case .xpath = self { return reason }
        if let line { return "\(source):\(line): \(reason)" }
        return "\(source): \(reason)"
    }
}
