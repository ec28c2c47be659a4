internal import GRDB

/// The FTS5 tokenizer of the registry: splits text with `WordScanner` and folds each word with
/// `SearchFolding`, for documents and queries alike. Registered on every connection as `qonun`.
final class QonunTokenizer: FTS5CustomTokenizer {
    static let name = "qonun"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        var status: CInt = 0
        WordScanner.scan(bytes) { scalars, start, end in
            guard status == 0 else { return }
            folded.removeAll(keepingCapacity: true)
            SearchFolding.fold(scalars, into: &folded)
            if folded.isEmpty { return }
            status = folded.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { token in
                    tokenCallback(context, 0, token, CInt(buffer.count), CInt(start), CInt(end))
                }
            }
        }
        return status
    }
}
