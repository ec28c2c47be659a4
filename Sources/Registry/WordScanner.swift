import Foundation

/// Finds words in UTF-8 text with their byte ranges: runs of letters, digits and combining marks, with an
/// apostrophe kept inside a word when a word character follows it (`oʻzbekiston`, `ta'lim`).
enum WordScanner {
    /// Calls `body` with each word's scalars (NFC) and its byte range [start, end) in `bytes`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Void) {
        var index = 0
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(32)
        var wordStart = 0
        var wordEnd = 0
        var pendingApostrophe: (scalar: Unicode.Scalar, end: Int)? = nil
        var hasMarks = false

        func flush() {
            if !word.isEmpty {
                body(hasMarks ? NFC.compose(word) : word, wordStart, wordEnd)
                word.removeAll(keepingCapacity: true)
            }
            pendingApostrophe = nil
            hasMarks = false
        }

        while index < bytes.count {
            let start = index
            let scalar = decode(bytes, &index)
            if SearchFolding.isWordScalar(scalar) {
                if word.isEmpty { wordStart = start }
                if let apostrophe = pendingApostrophe { word.append(apostrophe.scalar); pendingApostrophe = nil }
                if (0x0300...0x036F).contains(scalar.value) { hasMarks = true }
                word.append(scalar)
                wordEnd = index
            } else if SearchFolding.isApostrophe(scalar), !word.isEmpty, pendingApostrophe == nil {
                pendingApostrophe = (scalar, index)
            } else {
                flush()
            }
        }
        flush()
    }

    /// Convenience over an array of bytes.
    static func scan(_ bytes: [UInt8], _ body: (_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Void) {
        bytes.withUnsafeBufferPointer { scan($0, body) }
    }

    /// Decodes one scalar, advancing `index`; malformed bytes decode as U+FFFD (not a word character).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Unicode.Scalar {
        let first = bytes[index]
        if first < 0x80 { index += 1; return Unicode.Scalar(first) }
        let length: Int
        var value: UInt32
        if first & 0xE0 == 0xC0 { length = 2; value = UInt32(first & 0x1F) }
        else if first & 0xF0 == 0xE0 { length = 3; value = UInt32(first & 0x0F) }
        else if first & 0xF8 == 0xF0 { length = 4; value = UInt32(first & 0x07) }
        else { index += 1; return "\u{FFFD}" }
        guard index + length <= bytes.count else { index = bytes.count; return "\u{FFFD}" }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { index += offset; return "\u{FFFD}" }
            value = (value << 6) | UInt32(byte & 0x3F)
        }
        index += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

/// Unicode canonical composition (NFC), through Foundation, for the rare words typed with combining marks.
enum NFC {
    static func compose(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    static func compose(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return Array(compose(String(text)).unicodeScalars)
    }
}
