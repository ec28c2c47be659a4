/// The folding applied to every word at index time and at query time, so that a word matches however it is
/// typed: NFC, case folded, every Uzbek apostrophe spelling made one, Cyrillic transliterated to the Uzbek
/// Latin alphabet (so Uzbek Cyrillic and Latin meet), and Russian ё read as е.
public enum SearchFolding {
    /// The spellings of the Uzbek apostrophe letters ʻ and ʼ met in real text; all fold to ASCII `'`.
    public static let apostrophes: Set<Unicode.Scalar> = [
        "\u{02BB}", "\u{02BC}", "\u{2018}", "\u{2019}", "'", "`", "\u{00B4}", "\u{02B9}", "\u{2032}", "\u{02BD}",
    ]

    /// Membership in `apostrophes` without hashing: the scanner asks this of every space and punctuation mark.
    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x60, 0xB4, 0x02B9, 0x02BB, 0x02BC, 0x02BD, 0x2018, 0x2019, 0x2032: return true
        default: return false
        }
    }

    /// True for scalars that belong inside a word: letters, digits, combining marks.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if value >= 0x0400 && value <= 0x04FF || value == 0x02BB || value == 0x02BC { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .otherNumber, .letterNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Folds one word (letters, digits and inner apostrophes) into `output` as UTF-8.
    static func fold<S: Sequence>(_ scalars: S, into output: inout [UInt8]) where S.Element == Unicode.Scalar {
        fold(scalars, into: &output, from: output.count)
    }

    /// Folds one word onto the end of `output`, whose bytes from `from` on are this word's.
    static func fold<S: Sequence, Output: FoldedBytes>(_ scalars: S, into output: inout Output, from: Int) where S.Element == Unicode.Scalar {
        var previous: Unicode.Scalar? = nil
        for scalar in scalars {
            appendFolded(scalar, after: previous, into: &output)
            previous = scalar
        }
        normalizeYo(&output, from: from)
    }

    /// Folds a whole word given as text; used by tests and by code that folds outside the tokenizer.
    public static func fold(word: String) -> String {
        var output: [UInt8] = []
        fold(word.precomposedScalars, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits text into folded words, as the full-text index sees it.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        WordScanner.scan(Array(text.utf8)) { scalars, _, _ in
            var output: [UInt8] = []
            fold(scalars, into: &output)
            if !output.isEmpty { words.append(String(decoding: output, as: UTF8.self)) }
        }
        return words
    }

    @inline(__always)
    static func appendFolded<Output: FoldedBytes>(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, into output: inout Output) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { output.append(UInt8(value + 0x20)) }
            else if value == 0x27 || value == 0x60 { output.append(0x27) }
            else { output.append(UInt8(value)) }
            return
        }
        if isApostrophe(scalar) { output.append(0x27); return }
        if value >= 0x0400 && value <= 0x04FF {
            appendCyrillic(lowercaseCyrillic(value), after: previous.map { lowercaseCyrillic($0.value) }, into: &output)
            return
        }
        if value >= 0x2070 && value <= 0x2079 || value == 0xB9 || value == 0xB2 || value == 0xB3 {
            // Superscript digits (12¹): the digit itself, as lex.uz flattens them.
            let digit: UInt32
            switch value {
            case 0xB9: digit = 1
            case 0xB2: digit = 2
            case 0xB3: digit = 3
            default: digit = value - 0x2070
            }
            output.append(UInt8(0x30 + digit))
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            output.append(contentsOf: String(lower).utf8)
        }
    }

    @inline(__always)
    static func lowercaseCyrillic(_ value: UInt32) -> UInt32 {
        if value >= 0x0410 && value <= 0x042F { return value + 0x20 }
        if value >= 0x0400 && value <= 0x040F { return value + 0x50 }
        if value >= 0x0460 && value <= 0x04FF && value & 1 == 0 { return value + 1 }
        return value
    }

    /// Uzbek Cyrillic to Uzbek Latin (the 1995 alphabet), with Russian letters mapped to their nearest.
    private static func appendCyrillic<Output: FoldedBytes>(_ value: UInt32, after previous: UInt32?, into output: inout Output) {
        // Bytes appended directly: this runs for every Cyrillic letter the index reads.
        switch value {
        case 0x0430: output.append(UInt8(ascii: "a")); return
        case 0x0431: output.append(UInt8(ascii: "b")); return
        case 0x0432: output.append(UInt8(ascii: "v")); return
        case 0x0433: output.append(UInt8(ascii: "g")); return
        case 0x0434: output.append(UInt8(ascii: "d")); return
        case 0x0435, 0x0451:  // е, and ё read as е
            if startsSyllable(after: previous) { output.append(UInt8(ascii: "y")) }
            output.append(UInt8(ascii: "e"))
            return
        case 0x0436: output.append(UInt8(ascii: "j")); return
        case 0x0437: output.append(UInt8(ascii: "z")); return
        case 0x0438: output.append(UInt8(ascii: "i")); return
        case 0x0439: output.append(UInt8(ascii: "y")); return
        case 0x043A: output.append(UInt8(ascii: "k")); return
        case 0x043B: output.append(UInt8(ascii: "l")); return
        case 0x043C: output.append(UInt8(ascii: "m")); return
        case 0x043D: output.append(UInt8(ascii: "n")); return
        case 0x043E: output.append(UInt8(ascii: "o")); return
        case 0x043F: output.append(UInt8(ascii: "p")); return
        case 0x0440: output.append(UInt8(ascii: "r")); return
        case 0x0441: output.append(UInt8(ascii: "s")); return
        case 0x0442: output.append(UInt8(ascii: "t")); return
        case 0x0443: output.append(UInt8(ascii: "u")); return
        case 0x0444: output.append(UInt8(ascii: "f")); return
        case 0x0445: output.append(UInt8(ascii: "x")); return
        case 0x0446: output.append(UInt8(ascii: "t")); output.append(UInt8(ascii: "s")); return
        case 0x0447: output.append(UInt8(ascii: "c")); output.append(UInt8(ascii: "h")); return
        case 0x0448: output.append(UInt8(ascii: "s")); output.append(UInt8(ascii: "h")); return
        case 0x0449: output.append(UInt8(ascii: "s")); output.append(UInt8(ascii: "h")); return
        case 0x044A: output.append(UInt8(ascii: "\'")); return
        case 0x044B: output.append(UInt8(ascii: "i")); return
        case 0x044C: return
        case 0x044D: output.append(UInt8(ascii: "e")); return
        case 0x044E: output.append(UInt8(ascii: "y")); output.append(UInt8(ascii: "u")); return
        case 0x044F: output.append(UInt8(ascii: "y")); output.append(UInt8(ascii: "a")); return
        case 0x045E: output.append(UInt8(ascii: "o")); output.append(UInt8(ascii: "\'")); return  // ў
        case 0x049B: output.append(UInt8(ascii: "q")); return   // қ
        case 0x0493: output.append(UInt8(ascii: "g")); output.append(UInt8(ascii: "\'")); return  // ғ
        case 0x04B3: output.append(UInt8(ascii: "h")); return   // ҳ
        case 0x0456: output.append(UInt8(ascii: "i")); return   // і
        default:
            output.append(contentsOf: String(Unicode.Scalar(value) ?? "?").utf8)
            return
        }
    }

    /// Cyrillic е is "ye" at the start of a word and after a vowel or a sign, as in the Latin alphabet.
    static func startsSyllable(after previous: UInt32?) -> Bool {
        guard let previous else { return true }
        switch previous {
        case 0x0430, 0x0435, 0x0451, 0x0438, 0x043E, 0x0443, 0x044D, 0x044E, 0x044F, 0x045E, 0x044A, 0x044C: return true
        default: return false
        }
    }

    /// "yo" and "ye" are one skeleton: Uzbek ё is "yo" in Latin while Russian ё must match е.
    static func normalizeYo<Output: FoldedBytes>(_ output: inout Output, from: Int = 0) {
        guard output.count - from >= 2 else { return }
        var index = from
        while index < output.count - 1 {
            if output[index] == 0x79 && output[index + 1] == 0x6F { output[index + 1] = 0x65 }
            index += 1
        }
    }
}

extension String {
    /// The scalars of the NFC form, computed only when the text has combining marks.
    var precomposedScalars: [Unicode.Scalar] {
        if unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) {
            return Array(NFC.compose(self).unicodeScalars)
        }
        return Array(unicodeScalars)
    }
}
