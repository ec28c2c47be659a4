/// Rules about provisions shared by the builder: numbering positions, flattened superscripts, lists and labels.
enum Provision {
    /// A provision number in document order: 12¹ is (12, 1) and comes after (12, 0) and before (13, 0).
    struct Position: Sendable, Equatable, Hashable, Comparable {
        var base: Int
        var sup: Int

        static func < (lhs: Position, rhs: Position) -> Bool {
            lhs.base != rhs.base ? lhs.base < rhs.base : lhs.sup < rhs.sup
        }
    }

    /// The eId number part: `12` or `12_1`.
    static func suffix(_ position: Position) -> String {
        position.sup > 0 ? "\(position.base)_\(position.sup)" : "\(position.base)"
    }

    /// Reads digits that may be a flattened superscript: after (12, 0), "121" is (12, 1); after (173, 6),
    /// "1737" is (173, 7). When `strict`, the superscript must be the next one; otherwise any superscript up to
    /// the next one is accepted (notes may name an earlier inserted article). `sup` is an explicit superscript.
    static func unflatten<S: StringProtocol>(_ digits: S, after last: Position?, strict: Bool, sup: Int? = nil)
        -> Position? {
        guard let value = Int(digits) else { return nil }
        if let sup { return Position(base: value, sup: sup) }
        guard let last else { return Position(base: value, sup: 0) }
        if value == last.base + 1 || value == last.base { return Position(base: value, sup: 0) }
        let baseDigits = String(last.base)
        if digits.count > baseDigits.count, digits.hasPrefix(baseDigits) {
            let rest = digits.dropFirst(baseDigits.count)
            if rest.first != "0", let index = Int(rest) {
                if strict ? index == last.sup + 1 : (index >= 1 && index <= last.sup + 1) {
                    return Position(base: last.base, sup: index)
                }
            }
        }
        return Position(base: value, sup: 0)
    }

    /// The articles a note names, with ranges ("176 — 193") spelled out.
    static func expand(_ numbers: [EditorialNote.NoteNumber], current: Position?) -> [Position] {
        var positions: [Position] = []
        var index = 0
        while index < numbers.count {
            let number = numbers[index]
            if number.digits.isEmpty, let start = positions.last, index + 1 < numbers.count {
                let endNumber = numbers[index + 1]
                if let end = unflatten(endNumber.digits, after: current, strict: false, sup: endNumber.sup) {
                    if start.sup == 0, end.sup == 0, end.base > start.base, end.base - start.base <= 500 {
                        for base in (start.base + 1)...end.base { positions.append(Position(base: base, sup: 0)) }
                    } else if start.base == end.base, end.sup > start.sup {
                        for sup in (start.sup + 1)...end.sup { positions.append(Position(base: start.base, sup: sup)) }
                    } else {
                        positions.append(end)
                    }
                }
                index += 2
                continue
            }
            if let position = unflatten(number.digits, after: current, strict: false, sup: number.sup) {
                positions.append(position)
            }
            index += 1
        }
        return positions
    }

    /// Whether an item closes its list: it ends a sentence rather than with ";", ",", ":" or a dash.
    static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "?"
    }

    private static let definitionWords = ["tushuncha", "atama", "тушунча", "атама", "понятия", "термин", "terms",
                                          "definition", "concepts"]

    /// Whether a list introduction announces definitions ("quyidagi asosiy tushunchalar qoʻllaniladi:").
    static func introducesDefinitions(_ text: Substring) -> Bool {
        let key = TextFolding.key(text)
        return ByteSearch.containsAny(key, definitionWords)
    }

    /// Where the dash of a definition ("term — definition;") starts, when the term is short.
    static func definitionDash(in text: Substring) -> Substring.Index? {
        guard let range = ByteSearch.firstRange(of: " — ", in: text) ?? ByteSearch.firstRange(of: " – ", in: text) ?? ByteSearch.firstRange(of: " - ", in: text) else { return nil }
        let term = text[..<range.lowerBound]
        guard !term.isEmpty, term.count <= 160 else { return nil }
        return range.lowerBound
    }

    /// The words around a number in an article heading made for a repealed article: "9-modda.", "Статья 9.".
    static func articleLabel(language: ActLanguage, script: Script?) -> (prefix: String, suffix: String) {
        switch (language, script) {
        case (.uzb, .cyrl): return ("", "-модда.")
        case (.uzb, _): return ("", "-modda.")
        case (.rus, _): return ("Статья ", ".")
        case (.eng, _): return ("Article ", ".")
        }
    }
}
