import Foundation

/// Hands the tokenizer the tokens of texts the ingest already tokenized while parsing (`PretokenizedText`),
/// in the order FTS5 asks for them while `ExpressionWriter.indexForSearch` inserts them.
///
/// Safe by construction: a text is replayed only when its bytes equal the next expected text; any other text
/// (a deleted row's old content, a text out of the expected order) is tokenized as usual and leaves the queue
/// where it was. The queue is task-local (thread-local outside tasks), so only the statement that installed it,
/// running synchronously on the same thread, can see it.
final class TokenReplay: @unchecked Sendable {
    // Unchecked Sendable: used only by the thread that runs the statement it was installed for.

    /// The queue of the statement running on this thread, if any.
    @TaskLocal static var current: TokenReplay?

    private let expressions: [PretokenizedText]
    /// The expected texts, non-empty ones only (FTS5 passes empty ones too, and they have no tokens).
    private let order: [(expression: Int, text: Int)]
    private var next = 0

    /// The texts of these expressions' indexed rows (those whose `canonical` entry is nil; row i has texts 2i,
    /// its heading, and 2i + 1), in the order the index statement reads them.
    init(_ expressions: [(tokens: PretokenizedText, canonical: [Int64?])]) {
        var order: [(expression: Int, text: Int)] = []
        for (number, expression) in expressions.enumerated() {
            for (row, canonical) in expression.canonical.enumerated() where canonical == nil {
                for index in [2 * row, 2 * row + 1] where !expression.tokens.texts[index].isEmpty {
                    order.append((number, index))
                }
            }
        }
        self.expressions = expressions.map(\.tokens)
        self.order = order
    }

    /// Replays the tokens of `bytes` if they are the next expected text; returns nil when they are not (the
    /// caller then tokenizes), else the status of the last callback.
    func replay(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>, Int, Int) -> Int32) -> Int32? {
        guard next < order.count else { return nil }
        let (expression, index) = order[next]
        let source = expressions[expression]
        var expected = source.texts[index]
        let equal = expected.withUTF8 { text in
            guard text.count == bytes.count, let left = text.baseAddress, let right = bytes.baseAddress else { return false }
            return memcmp(left, right, text.count) == 0
        }
        guard equal else { return nil }
        next += 1
        var status: Int32 = 0
        source.forEachToken(ofText: index) { word, start, end in
            status = emit(word, start, end)
            return status == 0
        }
        return status
    }
}
