/// The search tokens of an expression's provisions, computed while the file is parsed (on every core) so that
/// the single writer does not tokenize them again when it adds them to the full-text index: the writer hands
/// them to the tokenizer through `TokenReplay`.
///
/// For every provision, two texts in the order FTS5 reads the columns of `provision_fts`: the heading (empty
/// when there is none, as the index's `coalesce(heading, '')`) and the running text.
struct PretokenizedText: Sendable {
    /// One token: where its folded bytes end in `folded`, and its byte range in the source text.
    struct Token: Sendable {
        var foldedEnd: Int32
        var start: Int32
        var end: Int32
    }

    /// The texts, heading and text of each provision in order.
    private(set) var texts: [String] = []
    /// For text i, its tokens are `tokens[tokenEnds[i - 1] ..< tokenEnds[i]]`.
    private var tokenEnds: [Int] = []
    private var tokens: [Token] = []
    private var folded: [UInt8] = []

    init(rows: [PreparedExpression.Row]) {
        /// Keeps each word's folded bytes in `folded` and records the token.
        struct Collector: FoldingScanner.Sink {
            var tokens: [Token] = []
            mutating func take(_ output: inout ScanBuffer, from: Int, start: Int, end: Int) -> Bool {
                tokens.append(Token(foldedEnd: Int32(output.count), start: Int32(start), end: Int32(end)))
                return true
            }
        }
        var texts: [String] = []
        var tokenEnds: [Int] = []
        var collector = Collector()
        var folded = ScanBuffer(capacity: rows.count * 160)
        defer { folded.deallocate() }
        texts.reserveCapacity(rows.count * 2)
        tokenEnds.reserveCapacity(rows.count * 2)
        collector.tokens.reserveCapacity(rows.count * 24)
        func add(_ text: String) {
            var text = text
            text.withUTF8 { bytes in FoldingScanner.scan(bytes, appendingTo: &folded, sink: &collector) }
            texts.append(text)
            tokenEnds.append(collector.tokens.count)
        }
        for row in rows {
            add(row.provision.heading ?? "")
            add(row.provision.text)
        }
        self.texts = texts
        self.tokenEnds = tokenEnds
        self.tokens = collector.tokens
        self.folded = folded.array
    }

    /// Calls `body` with each token of text `index` (folded bytes, byte range); stops when `body` returns false.
    func forEachToken(ofText index: Int, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) {
        let first = index == 0 ? 0 : tokenEnds[index - 1]
        folded.withUnsafeBufferPointer { all in
            for position in first..<tokenEnds[index] {
                let token = tokens[position]
                let foldedStart = position == 0 ? 0 : Int(tokens[position - 1].foldedEnd)
                let word = UnsafeBufferPointer(rebasing: all[foldedStart..<Int(token.foldedEnd)])
                if !body(word, Int(token.start), Int(token.end)) { return }
            }
        }
    }
}
