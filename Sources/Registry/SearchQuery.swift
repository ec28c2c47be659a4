/// A user's search, parsed into terms and turned into a safe FTS5 expression: every term is quoted, so
/// nothing the user types is FTS5 syntax except what this parser recognises.
///
/// Supported: words (all must match), `"quoted phrases"`, `prefix*`, `OR` between two terms, `-excluded`.
public struct SearchQuery: Sendable, Equatable {
    /// One searchable unit.
    public struct Term: Sendable, Equatable {
        /// The words of the term (one word, or a phrase).
        public var text: String
        /// True for `word*`: any word starting with this one.
        public var isPrefix: Bool
        /// True when the user quoted it.
        public var isPhrase: Bool
    }

    /// Groups that must all match; the terms inside a group are alternatives (OR).
    public var required: [[Term]]
    /// Terms that must not match.
    public var excluded: [Term]

    /// Parses the text a user typed.
    public init(parsing text: String) throws(RegistryError) {
        var required: [[Term]] = []
        var excluded: [Term] = []
        var pendingOr = false
        // Control characters (NUL above all: FTS5 ends a string there) are never part of a word.
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        for token in SearchQuery.lex(cleaned) {
            switch token {
            case .or:
                pendingOr = !required.isEmpty
            case .term(let term, let negated):
                guard SearchQuery.hasWord(term.text) else { continue }
                if negated {
                    excluded.append(term)
                } else if pendingOr, !required.isEmpty {
                    required[required.count - 1].append(term)
                } else {
                    required.append([term])
                }
                pendingOr = false
            }
        }
        guard !required.isEmpty else {
            throw .invalidQuery(text, reason: excluded.isEmpty ? "it has no words to search for"
                                                              : "it only excludes words; add a word to search for")
        }
        self.required = required
        self.excluded = excluded
    }

    /// The FTS5 MATCH expression.
    public var fts5Pattern: String {
        let groups = required.map { group in
            group.count == 1 ? SearchQuery.quote(group[0]) : "(" + group.map(SearchQuery.quote).joined(separator: " OR ") + ")"
        }
        var pattern = groups.joined(separator: " AND ")
        if !excluded.isEmpty {
            pattern = "(" + pattern + ") NOT (" + excluded.map(SearchQuery.quote).joined(separator: " OR ") + ")"
        }
        return pattern
    }

    static func quote(_ term: Term) -> String {
        "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.isPrefix ? " *" : "")
    }

    static func hasWord(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: SearchFolding.isWordScalar)
    }

    enum Token: Equatable {
        case term(Term, negated: Bool)
        case or
    }

    /// Splits on whitespace, keeping quoted phrases whole; `-` before a term excludes it, `*` after makes a prefix.
    static func lex(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace { index = text.index(after: index); continue }
            var negated = false
            if character == "-" || character == "\u{2212}" {
                let next = text.index(after: index)
                if next < text.endIndex, !text[next].isWhitespace { negated = true; index = next }
            }
            if text[index] == "\"" || text[index] == "«" || text[index] == "“" {
                let close: Character = text[index] == "«" ? "»" : (text[index] == "“" ? "”" : "\"")
                let start = text.index(after: index)
                let end = text[start...].firstIndex(where: { $0 == close || $0 == "\"" }) ?? text.endIndex
                let phrase = String(text[start..<end])
                index = end < text.endIndex ? text.index(after: end) : end
                var prefix = false
                if index < text.endIndex, text[index] == "*" { prefix = true; index = text.index(after: index) }
                tokens.append(.term(Term(text: phrase, isPrefix: prefix, isPhrase: true), negated: negated))
                continue
            }
            let end = text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            var word = String(text[index..<end])
            index = end
            if word == "OR" && !negated { tokens.append(.or); continue }
            var prefix = false
            while word.hasSuffix("*") { word.removeLast(); prefix = true }
            tokens.append(.term(Term(text: word, isPrefix: prefix, isPhrase: false), negated: negated))
        }
        return tokens
    }
}
