/// The tokenizer's word scanner: the words `WordScanner` finds, folded by `SearchFolding` as they are decoded,
/// with no array of scalars per word. Indexing runs this over every provision, so it works on bytes: ASCII and
/// Cyrillic letters (nearly all of the registry's text) are folded through tables, other scalars through
/// `SearchFolding.appendFolded`, and a word with combining marks (rare) is re-read through the NFC path.
enum FoldingScanner {
    /// Receives the words of a scan: the folded bytes are `output[from...]`, the word's source bytes
    /// [start, end). The receiver keeps or removes them; returning false stops the scan.
    protocol Sink {
        mutating func take(_ output: inout ScanBuffer, from: Int, start: Int, end: Int) -> Bool
    }

    /// Calls `body` with each folded word and its byte range [start, end) in `bytes`; `body` returns false to stop.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ folded: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool) {
        struct Forward: Sink {
            let body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
            func take(_ output: inout ScanBuffer, from: Int, start: Int, end: Int) -> Bool {
                let goOn = body(output.bytes(from: from), start, end)
                output.truncate(to: from)
                return goOn
            }
        }
        var output = ScanBuffer(capacity: 64)
        defer { output.deallocate() }
        withoutActuallyEscaping(body) { body in
            var sink = Forward(body: body)
            scan(bytes, appendingTo: &output, sink: &sink)
        }
    }

    /// Scans `bytes`, folding each word onto the end of `output` and handing it to `sink`.
    static func scan<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout ScanBuffer, sink: inout S) {
        let table = CyrillicTable.shared
        let count = bytes.count
        var index = 0
        var word = Word(outputStart: output.count)
        while index < count {
            let start = index
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII, most of Uzbek Latin and all numbers: folded without building a scalar.
                let lower = byte | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter || (byte >= 0x30 && byte <= 0x39) {
                    word.begin(at: start, &output)
                    output.append(isLetter ? lower : byte)
                    word.previous = Unicode.Scalar(byte)
                    index += 1
                    word.end = index
                    continue
                }
                if (byte == 0x27 || byte == 0x60), word.isOpen, word.pendingApostrophe == nil {
                    word.pendingApostrophe = Unicode.Scalar(byte)
                } else if !word.flush(bytes, &output, &sink) {
                    return
                }
                index += 1
                continue
            }
            if byte >= 0xD0 && byte <= 0xD3 && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 {
                // Cyrillic (U+0400...U+04FF), always a word letter: folded from the table.
                let value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                word.begin(at: start, &output)
                table.append(value, after: word.previous, into: &output)
                word.previous = Unicode.Scalar(value)
                index += 2
                word.end = index
                continue
            }
            let scalar = WordScanner.decode(bytes, &index)
            if SearchFolding.isWordScalar(scalar) {
                word.begin(at: start, &output)
                if (0x0300...0x036F).contains(scalar.value) { word.hasMarks = true }
                SearchFolding.appendFolded(scalar, after: word.previous, into: &output)
                word.previous = scalar
                word.end = index
            } else if SearchFolding.isApostrophe(scalar), word.isOpen, word.pendingApostrophe == nil {
                word.pendingApostrophe = scalar
            } else if !word.flush(bytes, &output, &sink) {
                return
            }
        }
        _ = word.flush(bytes, &output, &sink)
    }

    /// The word being read.
    private struct Word {
        var isOpen = false
        var start = 0
        var end = 0
        /// Where the word's folded bytes begin in the output.
        var outputStart: Int
        /// The word's previous scalar (the Cyrillic е rule looks at it).
        var previous: Unicode.Scalar? = nil
        /// An apostrophe after the last letter, kept only if another letter follows.
        var pendingApostrophe: Unicode.Scalar? = nil
        var hasMarks = false

        init(outputStart: Int) { self.outputStart = outputStart }

        /// A letter at `at` joins (or opens) the word, after the apostrophe it follows, if any.
        @inline(__always)
        mutating func begin(at position: Int, _ output: inout ScanBuffer) {
            if !isOpen { isOpen = true; start = position; outputStart = output.count }
            if pendingApostrophe != nil { takeApostrophe(&output) }
        }

        /// The apostrophe before this letter stays in the word (the rare case, kept out of the letter loop).
        @inline(never)
        mutating func takeApostrophe(_ output: inout ScanBuffer) {
            guard let apostrophe = pendingApostrophe else { return }
            SearchFolding.appendFolded(apostrophe, after: previous, into: &output)
            previous = apostrophe
            pendingApostrophe = nil
        }

        /// Ends the word, if one is open, and hands it to the sink; false when the sink asks to stop.
        @inline(__always)
        mutating func flush<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, _ output: inout ScanBuffer, _ sink: inout S) -> Bool {
            defer {
                isOpen = false
                previous = nil
                pendingApostrophe = nil
                hasMarks = false
            }
            guard isOpen else { return true }
            if hasMarks {
                output.truncate(to: outputStart)
                var scalars: [Unicode.Scalar] = []
                var position = start
                while position < end { scalars.append(WordScanner.decode(bytes, &position)) }
                SearchFolding.fold(NFC.compose(scalars), into: &output, from: outputStart)
            } else {
                SearchFolding.normalizeYo(&output, from: outputStart)
            }
            guard output.count > outputStart else { return true }
            let goOn = sink.take(&output, from: outputStart, start: start, end: end)
            outputStart = output.count
            return goOn
        }
    }

    /// The folding of every Cyrillic scalar (U+0400...U+04FF), computed once from `SearchFolding.appendFolded`
    /// itself, so that the table and the general path cannot disagree. Only е and ё depend on the letter before
    /// them; the table holds what they fold to when it does not start a syllable, and a flag.
    final class CyrillicTable: Sendable {
        static let shared = CyrillicTable()

        /// Per scalar: bits 0-1 the length (0...3), bits 8-31 up to three bytes, bit 2 "е-like".
        private let entries: [UInt32]

        private init() {
            var entries: [UInt32] = []
            entries.reserveCapacity(256)
            let consonant = Unicode.Scalar(0x0431)!  // б: after it, е is "e"
            for value in UInt32(0x0400)...0x04FF {
                let scalar = Unicode.Scalar(value)!
                var plain: [UInt8] = []
                SearchFolding.appendFolded(scalar, after: consonant, into: &plain)
                var atStart: [UInt8] = []
                SearchFolding.appendFolded(scalar, after: nil, into: &atStart)
                precondition(plain.count <= 3, "Cyrillic folding longer than three bytes")
                var entry = UInt32(plain.count)
                for (position, byte) in plain.enumerated() { entry |= UInt32(byte) << (8 * UInt32(position + 1)) }
                if atStart != plain {
                    // е-like: "y" + plain when a syllable starts.
                    precondition(atStart == [UInt8(ascii: "y")] + plain, "unexpected context-dependent Cyrillic folding")
                    entry |= 4
                }
                entries.append(entry)
            }
            self.entries = entries
        }

        @inline(__always)
        func append(_ value: UInt32, after previous: Unicode.Scalar?, into output: inout ScanBuffer) {
            let entry = entries[Int(value - 0x0400)]
            if entry & 4 != 0 && SearchFolding.startsSyllable(after: previous.map { SearchFolding.lowercaseCyrillic($0.value) }) {
                output.append(UInt8(ascii: "y"))
            }
            let length = entry & 3
            if length > 0 { output.append(UInt8(truncatingIfNeeded: entry >> 8)) }
            if length > 1 { output.append(UInt8(truncatingIfNeeded: entry >> 16)) }
            if length > 2 { output.append(UInt8(truncatingIfNeeded: entry >> 24)) }
        }
    }
}
