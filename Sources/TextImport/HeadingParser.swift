/// Recognises the structural headings of Uzbek (Latin and Cyrillic), Russian and English acts on one line.
///
/// Three shapes are read: number first ("1-modda.", "12¹-модда.", "1-BOB.", "2-kichik boʻlim", "1-§."),
/// numeral or word then keyword ("I BOʻLIM. UMUMIY QOIDALAR", "BIRINCHI BOʻLIM", "XXVII bob. …",
/// "Birinchi qism", "UMUMIY QISM") and keyword first ("Статья 12¹. …", "ГЛАВА I", "Chapter 2. …", "PART ONE").
/// Old laws also number chapters as "I. UMUMIY QOIDALAR". A number must be followed by the end of the line or a
/// full stop, so references such as "28-moddada" or "Part 1 of this Act" are never taken for headings.
enum HeadingParser {
    private typealias Index = Substring.UnicodeScalarView.Index

    private static let keywordFirst: [String: UnitKind] = [
        "статья": .article, "глава": .chapter, "раздел": .part, "подраздел": .subpart, "часть": .book,
        "параграф": .section, "article": .article, "chapter": .chapter, "part": .part, "section": .section,
    ]

    private static let keywordAfter: [String: UnitKind] = [
        "modda": .article, "модда": .article, "bob": .chapter, "боб": .chapter, "qism": .book, "қисм": .book,
        "bo'lim": .part, "бўлим": .part, "часть": .book, "part": .book,
    ]

    private static let namedBookWords: Set<String> = [
        "umumiy", "maxsus", "умумий", "махсус", "общая", "особенная", "general", "special",
    ]

    /// The heading on this line, or `nil` when the line is not a heading.
    static func parse(_ line: Substring) -> StructuralHeading? {
        let scalars = line.unicodeScalars
        guard let first = scalars.first else { return nil }
        if first.value >= 0x30 && first.value <= 0x39 { return parseNumberFirst(line) }
        if first == "§" {
            let start = scalars.index(after: scalars.startIndex)
            return parseKeywordNumber(line, kind: .section, from: skipSpaces(scalars, start))
        }
        if first.properties.isAlphabetic { return parseWordFirst(line) }
        return nil
    }

    // MARK: - Shapes

    private static func parseNumberFirst(_ line: Substring) -> StructuralHeading? {
        let scalars = line.unicodeScalars
        let (digits, afterDigits) = readDigits(scalars, scalars.startIndex)
        guard digits.count <= 6 else { return nil }
        let (sup, afterSup) = readSuperscripts(scalars, afterDigits)
        guard afterSup != scalars.endIndex, scalars[afterSup] == "-" || scalars[afterSup] == "–" else { return nil }
        var index = scalars.index(after: afterSup)
        guard index != scalars.endIndex else { return nil }
        let kind: UnitKind
        if scalars[index] == "§" {
            kind = .section
            index = scalars.index(after: index)
        } else {
            let (word, afterWord) = readWord(scalars, index)
            let key = TextFolding.key(word)
            index = afterWord
            if key == "kichik" || key == "кичик" {
                let (second, afterSecond) = readWord(scalars, skipSpaces(scalars, index))
                let secondKey = TextFolding.key(second)
                guard secondKey == "bo'lim" || secondKey == "бўлим" else { return nil }
                kind = .subpart
                index = afterSecond
            } else if let found = keywordAfter[key], key != "часть", key != "part" {
                kind = found
            } else {
                return nil
            }
        }
        guard let value = Int(digits) else { return nil }
        let number = HeadingNumber(digits: Substring(digits), value: value, sup: sup ?? 0, explicitSup: sup != nil,
                                   written: Substring(digits))
        return finish(line, kind: kind, number: number, at: index, titleAfterSpace: kind != .article)
    }

    private static func parseWordFirst(_ line: Substring) -> StructuralHeading? {
        let scalars = line.unicodeScalars
        let (word, afterWord) = readWord(scalars, scalars.startIndex)
        guard !word.isEmpty, word.unicodeScalars.count <= 12 else { return nil }
        let key = TextFolding.key(word)
        if let kind = keywordFirst[key] {
            guard afterWord != scalars.endIndex, scalars[afterWord] == " " else { return nil }
            return parseKeywordNumber(line, kind: kind, from: skipSpaces(scalars, afterWord))
        }
        if namedBookWords.contains(key) {
            let (second, afterSecond) = readWord(scalars, skipSpaces(scalars, afterWord))
            guard afterWord != scalars.endIndex, let kind = keywordAfter[TextFolding.key(second)], kind == .book else {
                return nil
            }
            let rest = skipSpaces(scalars, afterSecond)
            guard rest == scalars.endIndex || (scalars[rest] == "." && scalars.index(after: rest) == scalars.endIndex)
            else { return nil }
            return StructuralHeading(kind: .book, number: nil, numText: nil, title: line)
        }
        var number: HeadingNumber
        var index = afterWord
        if let value = Numerals.roman(word) {
            let (digits, afterDigits) = readDigits(scalars, index)
            let sup = digits.isEmpty ? 0 : Int(digits) ?? 0
            number = HeadingNumber(digits: nil, value: value, sup: sup, explicitSup: false,
                                   written: Substring(scalars[scalars.startIndex..<afterDigits]))
            index = afterDigits
            if let chapter = romanChapter(line, number: number, at: index) { return chapter }
        } else if let value = Numerals.word(key) {
            number = HeadingNumber(digits: nil, value: value, sup: 0, explicitSup: false, written: nil)
        } else {
            return nil
        }
        guard index != scalars.endIndex, scalars[index] == " " else { return nil }
        let (second, afterSecond) = readWord(scalars, skipSpaces(scalars, index))
        let secondKey = TextFolding.key(second)
        var kind: UnitKind
        index = afterSecond
        if secondKey == "kichik" || secondKey == "кичик" {
            let (third, afterThird) = readWord(scalars, skipSpaces(scalars, index))
            let thirdKey = TextFolding.key(third)
            guard thirdKey == "bo'lim" || thirdKey == "бўлим" else { return nil }
            kind = .subpart
            index = afterThird
        } else if let found = keywordAfter[secondKey] {
            kind = found
        } else {
            return nil
        }
        number.digits = nil
        return finish(line, kind: kind, number: number, at: index, titleAfterSpace: false)
    }

    /// "I. UMUMIY QOIDALAR": a Roman numeral, a full stop and a heading in capitals make a chapter.
    private static func romanChapter(_ line: Substring, number: HeadingNumber, at index: Index) -> StructuralHeading? {
        let scalars = line.unicodeScalars
        guard index != scalars.endIndex, scalars[index] == "." else { return nil }
        let afterDot = scalars.index(after: index)
        guard afterDot != scalars.endIndex, scalars[afterDot] == " " else { return nil }
        let titleStart = skipSpaces(scalars, afterDot)
        guard titleStart != scalars.endIndex else { return nil }
        let title = line[titleStart...]
        guard TextFolding.isMostlyUppercase(title) else { return nil }
        return StructuralHeading(kind: .chapter, number: number, numText: line[..<afterDot], title: title)
    }

    private static func parseKeywordNumber(_ line: Substring, kind: UnitKind, from start: Index) -> StructuralHeading? {
        let scalars = line.unicodeScalars
        guard start != scalars.endIndex else { return nil }
        let first = scalars[start]
        var index: Index
        var number: HeadingNumber
        if first.value >= 0x30 && first.value <= 0x39 {
            let (digits, afterDigits) = readDigits(scalars, start)
            guard digits.count <= 6, let value = Int(digits) else { return nil }
            let (sup, afterSup) = readSuperscripts(scalars, afterDigits)
            number = HeadingNumber(digits: Substring(digits), value: value, sup: sup ?? 0, explicitSup: sup != nil,
                                   written: Substring(digits))
            index = afterSup
        } else {
            let (word, afterWord) = readWord(scalars, start)
            guard !word.isEmpty else { return nil }
            if let value = Numerals.roman(word) {
                let (digits, afterDigits) = readDigits(scalars, afterWord)
                let sup = digits.isEmpty ? 0 : Int(digits) ?? 0
                number = HeadingNumber(digits: nil, value: value, sup: sup, explicitSup: false,
                                       written: Substring(scalars[start..<afterDigits]))
                index = afterDigits
            } else if let value = Numerals.word(TextFolding.key(word)) {
                number = HeadingNumber(digits: nil, value: value, sup: 0, explicitSup: false, written: nil)
                index = afterWord
            } else {
                return nil
            }
        }
        return finish(line, kind: kind, number: number, at: index, titleAfterSpace: false)
    }

    /// Ends a heading: the number may be followed by the end of the line, or by "." or ":" and a heading text
    /// (or, where `titleAfterSpace`, by a space and a heading text).
    private static func finish(_ line: Substring, kind: UnitKind, number: HeadingNumber?, at index: Index,
                               titleAfterSpace: Bool) -> StructuralHeading? {
        let scalars = line.unicodeScalars
        if index == scalars.endIndex {
            return StructuralHeading(kind: kind, number: number, numText: line, title: nil)
        }
        let next = scalars[index]
        let numEnd: Index
        if next == "." || next == ":" {
            numEnd = scalars.index(after: index)
        } else if next == " " && titleAfterSpace {
            numEnd = index
        } else {
            return nil
        }
        let titleStart = skipSpaces(scalars, numEnd)
        if numEnd != scalars.endIndex && titleStart == numEnd && next != " " {
            return nil  // "1-modda.2" is not a heading
        }
        let title = titleStart == scalars.endIndex ? nil : line[titleStart...]
        return StructuralHeading(kind: kind, number: number, numText: line[..<numEnd], title: title)
    }

    // MARK: - Scanning

    private static func readDigits(_ scalars: Substring.UnicodeScalarView, _ start: Index) -> (Substring, Index) {
        var index = start
        while index != scalars.endIndex, scalars[index].value >= 0x30 && scalars[index].value <= 0x39 {
            index = scalars.index(after: index)
        }
        return (Substring(scalars[start..<index]), index)
    }

    private static func readSuperscripts(_ scalars: Substring.UnicodeScalarView, _ start: Index) -> (Int?, Index) {
        var index = start
        var value: Int?
        while index != scalars.endIndex, let digit = Numerals.superscriptValue(scalars[index]) {
            value = (value ?? 0) * 10 + digit
            index = scalars.index(after: index)
        }
        return (value, index)
    }

    private static func readWord(_ scalars: Substring.UnicodeScalarView, _ start: Index) -> (Substring, Index) {
        var index = start
        while index != scalars.endIndex {
            let scalar = scalars[index]
            guard TextFolding.isLetter(scalar) || TextFolding.isApostrophe(scalar) else { break }
            index = scalars.index(after: index)
        }
        return (Substring(scalars[start..<index]), index)
    }

    private static func skipSpaces(_ scalars: Substring.UnicodeScalarView, _ start: Index) -> Index {
        var index = start
        while index != scalars.endIndex, scalars[index] == " " || scalars[index] == "\u{A0}" {
            index = scalars.index(after: index)
        }
        return index
    }
}
