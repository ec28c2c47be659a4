/// The tokenizer's word scanner: the words `WordScanner` finds, folded by `SearchFolding` as they are decoded,
/// with no array of scalars per word. Indexing calls this for every provision, so it works on bytes and
/// reuses one buffer; a word with combining marks (rare) is re-read through the NFC path of `SearchFolding`.
enum FoldingScanner {
    /// Calls `body` with each folded word and its byte range [start, end) in `bytes`; `body` returns false to stop.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ folded: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool) {
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        var index = 0
        var wordStart = 0
        var wordEnd = 0
        var inWord = false
        var previous: Unicode.Scalar? = nil
        var pendingApostrophe: Unicode.Scalar? = nil
        var hasMarks = false
        var stopped = false

        func flush() {
            defer {
                folded.removeAll(keepingCapacity: true)
                inWord = false
                previous = nil
                pendingApostrophe = nil
                hasMarks = false
            }
            guard inWord else { return }
            if hasMarks {
                folded.removeAll(keepingCapacity: true)
                var scalars: [Unicode.Scalar] = []
                var position = wordStart
                while position < wordEnd { scalars.append(WordScanner.decode(bytes, &position)) }
                SearchFolding.fold(NFC.compose(scalars), into: &folded)
            } else {
                SearchFolding.normalizeYo(&folded)
            }
            guard !folded.isEmpty else { return }
            stopped = !folded.withUnsafeBufferPointer { body($0, wordStart, wordEnd) }
        }

        while index < bytes.count && !stopped {
            let start = index
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII, most of Uzbek Latin and all markup-free numbers: folded here without building a scalar.
                let lower = byte | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter || (byte >= 0x30 && byte <= 0x39) {
                    if !inWord { inWord = true; wordStart = start }
                    if let apostrophe = pendingApostrophe {
                        SearchFolding.appendFolded(apostrophe, after: previous, into: &folded)
                        previous = apostrophe
                        pendingApostrophe = nil
                    }
                    folded.append(isLetter ? lower : byte)
                    previous = Unicode.Scalar(byte)
                    index += 1
                    wordEnd = index
                    continue
                }
                if (byte == 0x27 || byte == 0x60), inWord, pendingApostrophe == nil {
                    pendingApostrophe = Unicode.Scalar(byte)
                } else {
                    flush()
                }
                index += 1
                continue
            }
            let scalar = WordScanner.decode(bytes, &index)
            if SearchFolding.isWordScalar(scalar) {
                if !inWord { inWord = true; wordStart = start }
                if let apostrophe = pendingApostrophe {
                    SearchFolding.appendFolded(apostrophe, after: previous, into: &folded)
                    previous = apostrophe
                    pendingApostrophe = nil
                }
                if (0x0300...0x036F).contains(scalar.value) { hasMarks = true }
                SearchFolding.appendFolded(scalar, after: previous, into: &folded)
                previous = scalar
                wordEnd = index
            } else if SearchFolding.isApostrophe(scalar), inWord, pendingApostrophe == nil {
                pendingApostrophe = scalar
            } else {
                flush()
            }
        }
        if !stopped { flush() }
    }
}
