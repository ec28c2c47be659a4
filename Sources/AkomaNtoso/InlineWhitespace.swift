/// Collapses every run of whitespace to one space and trims the ends, over UTF-8 bytes, with exactly the
/// meaning of "whitespace" the String version had: a `Character` whose first scalar is Unicode White_Space
/// (tab, newline, space, U+0085, U+00A0, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000...).
///
/// Walking bytes is only the same as walking Characters when every Character is one scalar (or CR LF).
/// Scalars that can join a neighbour into one Character (combining marks, joiners, prepended marks,
/// emoji parts, Hangul jamo) decide differently: a space followed by a combining accent is one Character
/// that counts as whitespace, accent included. Text with any scalar outside the ranges known to stand alone
/// (ASCII, Latin, IPA, Greek, Cyrillic letters, Armenian, general punctuation, letterlike symbols, arrows,
/// mathematical and miscellaneous symbols, the ideographic space) therefore takes the Character path.
enum InlineWhitespace {
    /// The normalised text of `bytes` (UTF-8).
    static func normalized(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        return normalized(bytes, using: &result)
    }

    /// `normalized(_:)`, built in `result` (emptied first), whose storage the caller reuses.
    static func normalized(_ bytes: [UInt8], using result: inout [UInt8]) -> String {
        result.removeAll(keepingCapacity: true)
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(byte)
                }
                index += 1
                continue
            }
            guard let (scalar, length) = decode(bytes, at: index), standsAlone(scalar) else {
                return characterwise(String(decoding: bytes, as: UTF8.self))
            }
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(contentsOf: bytes[index..<(index + length)])
            }
            index += length
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The original definition, Character by Character: the reference the byte walk must agree with.
    static func characterwise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// The scalar starting at `index` (not ASCII) and its length in bytes; nil for malformed UTF-8 (which
    /// String repairs, so the Character path handles it).
    private static func decode(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        // Overlong forms and surrogates are malformed; they never stand alone here anyway.
        guard (length == 3 && value >= 0x800 && !(0xD800...0xDFFF).contains(value))
            || (length == 2) || (length == 4 && value >= 0x10000 && value <= 0x10FFFF) else { return nil }
        return (value, length)
    }

    /// Scalars that are always a Character of their own next to any other scalar of these ranges (checked
    /// against Swift's grapheme breaking for every scalar here, paired with letters, digits and whitespace).
    private static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x80..<0x300, 0x370..<0x483, 0x48A..<0x590, 0x1E00..<0x200C, 0x200E..<0x20D0, 0x2100..<0x2C00, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Unicode White_Space among the scalars that stand alone (what `Character.isWhitespace` answers for them).
    private static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
