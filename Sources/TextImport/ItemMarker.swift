/// The marker of a numbered list item: "1)", "12¹)", "a)" or "а)".
struct ItemMarker: Sendable {
    /// The kind of numbering, so that "a)" items nested under "1)" items are told apart.
    enum Style: Sendable, Equatable {
        case digits
        case latinLetters
        case cyrillicLetters
        /// Unnumbered items (indents, Uzbek "xatboshi").
        case plain
    }

    var style: Style
    /// The marker as written, for `<num>`.
    var numText: Substring
    /// The marker as an eId component ("1", "12_1", "a").
    var token: String
    /// The text after the marker.
    var rest: Substring

    /// The marker at the start of a line, when there is one followed by a space and some text.
    static func parse(_ text: Substring) -> ItemMarker? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        var index = scalars.startIndex
        let style: Style
        var token = ""
        if first.value >= 0x30 && first.value <= 0x39 {
            var count = 0
            while index != scalars.endIndex, scalars[index].value >= 0x30 && scalars[index].value <= 0x39 {
                token.unicodeScalars.append(scalars[index])
                index = scalars.index(after: index)
                count += 1
            }
            guard count <= 3 else { return nil }
            var sup = ""
            while index != scalars.endIndex, let digit = Numerals.superscriptValue(scalars[index]) {
                sup += String(digit)
                index = scalars.index(after: index)
            }
            if !sup.isEmpty { token += "_" + sup }
            style = .digits
        } else if (first.value >= 0x61 && first.value <= 0x7A) {
            token = String(first)
            index = scalars.index(after: index)
            style = .latinLetters
        } else if TextFolding.isCyrillic(first), first.properties.isLowercase {
            token = TextFolding.asciiToken(String(first))
            index = scalars.index(after: index)
            style = .cyrillicLetters
        } else {
            return nil
        }
        guard index != scalars.endIndex, scalars[index] == ")" else { return nil }
        let afterParen = scalars.index(after: index)
        guard afterParen != scalars.endIndex, scalars[afterParen] == " " else { return nil }
        var restStart = afterParen
        while restStart != scalars.endIndex, scalars[restStart] == " " { restStart = scalars.index(after: restStart) }
        guard restStart != scalars.endIndex, !token.isEmpty else { return nil }
        return ItemMarker(style: style, numText: text[..<afterParen], token: token, rest: text[restStart...])
    }
}
