/// Substring search over UTF-8 bytes. The standard library's `contains(_:)` and `firstRange(of:)` on strings
/// compare Characters, which is many times slower; every needle searched for here is plain text, so bytes
/// are enough.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `text`, or `nil`.
    static func offset<S: StringProtocol>(of needle: String, in text: S) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern -> Int? in
            guard let first = pattern.first else { return 0 }
            let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Int? in
                let count = bytes.count
                let length = pattern.count
                guard length <= count else { return nil }
                var position = 0
                let last = count - length
                while position <= last {
                    if bytes[position] == first {
                        var matched = 1
                        while matched < length && bytes[position + matched] == pattern[matched] { matched += 1 }
                        if matched == length { return position }
                    }
                    position += 1
                }
                return nil
            }
            if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
            return Array(text.utf8).withUnsafeBufferPointer(search)
        }
    }

    /// Whether `text` contains `needle`.
    static func contains<S: StringProtocol>(_ text: S, _ needle: String) -> Bool {
        offset(of: needle, in: text) != nil
    }

    /// Whether `text` contains any of `needles`.
    static func containsAny<S: StringProtocol>(_ text: S, _ needles: [String]) -> Bool {
        needles.contains { offset(of: $0, in: text) != nil }
    }

    /// The range of the first occurrence of `needle` in `text`, or `nil`.
    static func firstRange<S: StringProtocol>(of needle: String, in text: S) -> Range<String.Index>? {
        guard let start = offset(of: needle, in: text) else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        let upper = text.utf8.index(lower, offsetBy: needle.utf8.count)
        return lower..<upper
    }
}
