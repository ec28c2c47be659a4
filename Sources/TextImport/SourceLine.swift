/// One non-empty line of the input, trimmed, with its 1-based line number.
struct SourceLine: Sendable {
    /// The line number in the input (1-based).
    let number: Int
    /// The line's text without surrounding whitespace.
    let text: Substring

    /// Splits a text into trimmed, non-empty lines in one pass over its UTF-8 bytes.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(text.utf8.count / 80 + 16)
        let utf8 = text.utf8
        var number = 0
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                number += 1
                append(utf8[start..<index], number: number, to: &lines)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex {
            number += 1
            append(utf8[start..<utf8.endIndex], number: number, to: &lines)
        }
        return lines
    }

    private static func append(_ bytes: Substring.UTF8View, number: Int, to lines: inout [SourceLine]) {
        guard let trimmed = trim(bytes) else { return }
        lines.append(SourceLine(number: number, text: trimmed))
    }

    /// Removes spaces, tabs, carriage returns, no-break spaces, zero-width spaces and byte order marks at both ends.
    static func trim(_ bytes: Substring.UTF8View) -> Substring? {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower != upper {
            let width = blankWidth(bytes, at: lower)
            if width == 0 { break }
            lower = bytes.index(lower, offsetBy: width)
        }
        while lower != upper {
            let width = blankWidthBefore(bytes, end: upper, floor: lower)
            if width == 0 { break }
            upper = bytes.index(upper, offsetBy: -width)
        }
        if lower == upper { return nil }
        return Substring(bytes[lower..<upper])
    }

    private static func blankWidth(_ bytes: Substring.UTF8View, at index: Substring.UTF8View.Index) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        if byte == 0xC2 {
            let next = bytes.index(after: index)
            if next != bytes.endIndex && bytes[next] == 0xA0 { return 2 }
        }
        if byte == 0xEF || byte == 0xE2 {
            let second = bytes.index(after: index)
            guard second != bytes.endIndex else { return 0 }
            let third = bytes.index(after: second)
            guard third != bytes.endIndex else { return 0 }
            if byte == 0xEF && bytes[second] == 0xBB && bytes[third] == 0xBF { return 3 }
            if byte == 0xE2 && bytes[second] == 0x80 && (bytes[third] == 0x8B || bytes[third] == 0xAF) { return 3 }
        }
        return 0
    }

    private static func blankWidthBefore(_ bytes: Substring.UTF8View, end: Substring.UTF8View.Index,
                                         floor: Substring.UTF8View.Index) -> Int {
        let last = bytes.index(before: end)
        let byte = bytes[last]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        if byte == 0xA0 && last != floor && bytes[bytes.index(before: last)] == 0xC2 { return 2 }
        if (byte == 0x8B || byte == 0xAF || byte == 0xBF), bytes.distance(from: floor, to: last) >= 2 {
            let first = bytes.index(last, offsetBy: -2)
            if blankWidth(bytes, at: first) == 3 { return 3 }
        }
        return 0
    }
}
