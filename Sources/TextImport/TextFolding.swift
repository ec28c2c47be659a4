/// Folds the spellings of one word to one key, so headings and notes are recognised however they are typed.
enum TextFolding {
    /// The Uzbek apostrophe letters (ʻ ʼ ‘ ’ ' ` and the Cyrillic-era ´) all become `'`.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x02BB, 0x02BC, 0x2018, 0x2019, 0x27, 0x60, 0xB4, 0x02B9: return true
        default: return false
        }
    }

    /// Lowercases a short piece of text and folds apostrophes to `'` and `ё` to `е`.
    static func key<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    out.append(UInt8(value + 0x20))
                } else if value == 0x60 {
                    out.append(0x27)
                } else {
                    out.append(UInt8(value))
                }
            } else if isApostrophe(scalar) {
                out.append(0x27)
            } else if value == 0x0451 || value == 0x0401 {
                appendUTF8(0x0435, to: &out)
            } else if let lower = simpleLowercase(value) {
                appendUTF8(lower, to: &out)
            } else if scalar.properties.isUppercase {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { appendUTF8(lower.value, to: &out) }
            } else {
                appendUTF8(value, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// Whether a scalar is a letter; ASCII and Cyrillic are answered without a Unicode property lookup.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        if value >= 0x0400 && value <= 0x04FF { return true }
        return scalar.properties.isAlphabetic
    }

    /// Lowercase for the Latin-1, Cyrillic and Cyrillic-supplement capitals met in these texts, without the
    /// cost of a Unicode property lookup.
    private static func simpleLowercase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0x0410...0x042F: return value + 0x20
        case 0x0400...0x040F: return value + 0x50
        case 0x0430...0x045F: return value
        case 0x0490...0x04BF: return value | 1
        default: return nil
        }
    }

    /// True when at least 70% of the letters are capitals (headings like "V. YAKUNLOVChI QOIDALAR").
    static func isMostlyUppercase<S: StringProtocol>(_ text: S) -> Bool {
        var upper = 0
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 }
        }
        return letters >= 2 && upper * 10 >= letters * 7
    }

    /// True for a letter of the Cyrillic block.
    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x0400 && scalar.value <= 0x04FF
    }

    private static let cyrillicToLatin: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "yo"), ("ж", "j"),
            ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"),
            ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "x"), ("ц", "ts"),
            ("ч", "ch"), ("ш", "sh"), ("щ", "sh"), ("ъ", ""), ("ы", "i"), ("ь", ""), ("э", "e"), ("ю", "yu"),
            ("я", "ya"), ("ў", "o"), ("қ", "q"), ("ғ", "g"), ("ҳ", "h"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (cyrillic, latin) in pairs {
            if let scalar = cyrillic.unicodeScalars.first { table[scalar] = latin }
        }
        return table
    }()

    /// An ASCII token for URIs and eIds: lowercased, Cyrillic transliterated, apostrophes dropped, anything
    /// else that is not a letter, digit or hyphen dropped too.
    static func asciiToken<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        for scalar in key(text).unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                let isAlnum = (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A)
                if isAlnum || value == 0x2D || value == 0x2E || value == 0x5F { out.unicodeScalars.append(scalar) }
            } else if let latin = cyrillicToLatin[scalar] {
                out += latin
            }
        }
        return out
    }
}
