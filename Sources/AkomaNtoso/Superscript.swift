/// Turns the text of a `<sup>` that is a number into superscript digits (12¹ for `12<sup>1</sup>`), as UTF-8.
enum Superscript {
    /// UTF-8 of ⁰ ¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹, by digit.
    private static let digits: [[UInt8]] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"].map { Array($0.utf8) }

    /// Appends the superscript form of `text` to `buffer` and answers true when `text` is ASCII digits with
    /// only spaces or tabs around them (the text trimmed of `CharacterSet.whitespaces`: Unicode Zs, tab and
    /// U+200B; newlines are *not* trimmed); otherwise leaves `buffer` alone and answers false.
    static func append(digitsIn text: [UInt8], to buffer: inout [UInt8]) -> Bool {
        var start = 0
        var end = text.count
        while start < end, let length = trimmable(text, at: start) { start += length }
        while start < end, let length = trimmableEnding(text, at: end) { end -= length }
        guard start < end else { return false }
        for index in start..<end where !(0x30...0x39).contains(text[index]) { return false }
        for index in start..<end { buffer.append(contentsOf: digits[Int(text[index] - 0x30)]) }
        return true
    }

    /// The length of the trimmable scalar starting at `index`, or nil.
    private static func trimmable(_ text: [UInt8], at index: Int) -> Int? {
        for candidate in trimmed where text.count - index >= candidate.count
            && candidate.indices.allSatisfy({ text[index + $0] == candidate[$0] }) {
            return candidate.count
        }
        return nil
    }

    /// The length of the trimmable scalar ending just before `end`, or nil.
    private static func trimmableEnding(_ text: [UInt8], at end: Int) -> Int? {
        for candidate in trimmed where end >= candidate.count
            && candidate.indices.allSatisfy({ text[end - candidate.count + $0] == candidate[$0] }) {
            return candidate.count
        }
        return nil
    }

    /// `CharacterSet.whitespaces` as UTF-8.
    private static let trimmed: [[UInt8]] = HorizontalSpace.scalars.compactMap { Unicode.Scalar($0) }.map { Array(String($0).utf8) }
}
