import LibXML

/// Builds running text in one pass over UTF-8 bytes: runs of XML whitespace become one space, block
/// boundaries become line breaks, and lines are trimmed and never empty.
struct TextAccumulator {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    /// A `<sup>`'s text, reused from one to the next (text nodes are read in place, without a copy).
    private var scratch: [UInt8] = []

    mutating func append(_ node: XMLNode) {
        // Straight from libxml2's buffer: no copy of the text first.
        _ = node.withTextBytes { append(bytes: $0) }
    }

    mutating func append(_ text: String) {
        Array(text.utf8).withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// Appends a `<sup>`'s digits as superscripts and answers true, or answers false when its text is not a number.
    mutating func appendSuperscript(of node: XMLNode) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        node.appendTextContent(to: &scratch)
        var digits: [UInt8] = []
        guard Superscript.append(digitsIn: scratch, to: &digits) else { return false }
        digits.withUnsafeBufferPointer { append(bytes: $0) }
        return true
    }

    /// Starts over, keeping the storage: one accumulator serves every provision of a document.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    private mutating func append(bytes raw: UnsafeBufferPointer<UInt8>) {
        // Copies each stretch that needs no change at once: words and the single spaces between them (most text
        // is one such stretch); other whitespace ends it.
        var index = 0
        let count = raw.count
        while index < count {
            if TextAccumulator.isSpace(raw[index]) {
                pendingSpace = true
                index += 1
                continue
            }
            var end = index + 1
            while end < count {
                let byte = raw[end]
                if !TextAccumulator.isSpace(byte) { end += 1; continue }
                guard byte == 0x20, end + 1 < count, !TextAccumulator.isSpace(raw[end + 1]) else { break }
                end += 2
            }
            if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: raw[index..<end]))
            index = end
        }
    }

    /// XML whitespace: space, tab, newline, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// A separator that must read as a space (after a num).
    mutating func space() { pendingSpace = true }

    mutating func breakLine() {
        pendingSpace = false
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    var result: String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
