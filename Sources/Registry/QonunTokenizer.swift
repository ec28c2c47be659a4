internal import GRDB

/// The FTS5 tokenizer of the registry: the words `WordScanner` finds, folded by `SearchFolding` (through
/// `FoldingScanner`, which does both in one pass), for documents and queries alike. Registered on every
/// connection as `qonun`.
final class QonunTokenizer: FTS5CustomTokenizer {
    static let name = "qonun"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        if tokenization.contains(.document), let replay = TokenReplay.current,
           let status = replay.replay(bytes, { folded, start, end in
               folded.baseAddress.map { base in
                   base.withMemoryRebound(to: CChar.self, capacity: folded.count) { tokenCallback(context, 0, $0, CInt(folded.count), CInt(start), CInt(end)) }
               } ?? 0
           }) {
            return status
        }
        var status: CInt = 0
        FoldingScanner.scan(bytes) { folded, start, end in
            guard let base = folded.baseAddress else { return true }
            status = base.withMemoryRebound(to: CChar.self, capacity: folded.count) { token in
                tokenCallback(context, 0, token, CInt(folded.count), CInt(start), CInt(end))
            }
            return status == 0
        }
        return status
    }
}
