import AkomaNtoso
public import Foundation
public import LibXML
internal import Crypto
internal import GRDB

/// Puts Akoma Ntoso files into the registry: each expression once (by content hash), a changed file
/// replacing its expression atomically, a failing file reported and skipped while the rest go in.
public struct Ingester: Sendable {
    /// The registry written to.
    public let registry: Registry
    /// With a schema, every file's schema verdict is recorded; with `strict`, invalid files are refused.
    public let schema: XMLSchema?
    /// Refuse files the schema rejects.
    public let strict: Bool
    /// Turns a non-XML file (official text) into Akoma Ntoso; nil refuses such files.
    public let converter: (@Sendable (_ path: String, _ data: Data) throws -> Data)?

    /// Creates an ingester.
    public init(registry: Registry, schema: XMLSchema? = nil, strict: Bool = false,
                converter: (@Sendable (_ path: String, _ data: Data) throws -> Data)? = nil) {
        self.registry = registry
        self.schema = schema
        self.strict = strict
        self.converter = converter
    }

    /// Ingests files in order; `progress` is called after each file with (done, total).
    ///
    /// Files are parsed in small batches by `ParsingThreads` (one per core, at a lower priority than the writer,
    /// which is the critical path) while the writer stores the previous batch; the writer
    /// keeps one transaction open over several batches (up to `transactionBytes` of source), so that FTS5 writes
    /// a few large index segments instead of many small ones it must merge again.
    public func ingest(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> IngestReport {
        var report = IngestReport()
        let batchSize = max(8, ProcessInfo.processInfo.activeProcessorCount * 8)
        let batches = stride(from: 0, to: paths.count, by: batchSize).map { Array(paths[$0..<min($0 + batchSize, paths.count)]) }
        // Batches being parsed, in order: `inFlight[0]` is batch `index`. Parsing runs up to `lookahead` batches
        // ahead, so the cores the writer leaves free always have parsing to do.
        var inFlight: [PreparedBatch] = []
        var started = 0
        var index = 0
        let known = knownSources(forIngesting: paths.count)
        let threads = ParsingThreads(count: ProcessInfo.processInfo.activeProcessorCount)
        defer { threads.shutDown() }
        let passages = PassageIndex()
        func refill() {
            while started < batches.count && started < index + Ingester.lookahead {
                inFlight.append(prepareInBackground(batches[started], known: known, on: threads))
                started += 1
            }
        }
        refill()
        while index < batches.count {
            let firstBatch = index
            var files: [IngestedFile] = []
            // The transaction's parsed batches, kept until it commits: if it fails, they are stored again.
            var held: [PreparedBatch] = []
            let committed: Void? = try? registry.writeUnchecked { db in
                try passages.beginTransaction(db)
                var transaction = Transaction()
                repeat {
                    let current = inFlight.removeFirst()
                    current.group.wait()
                    held.append(current)
                    index += 1
                    refill()
                    files += try store(batches[index - 1], current.results, in: db, transaction: &transaction, passages: passages, isolated: false)
                    progress?(report.files.count + files.count, paths.count)
                } while index < batches.count && transaction.sourceBytes < Ingester.transactionBytes
                try ExpressionWriter.refreshValidity(transaction.versions, in: db)
            }
            if committed == nil {
                // Something in the transaction failed, and none of it is stored: store the same files again, each
                // in a savepoint of its own, so that only what fails is skipped (with its reason).
                passages.reset()
                var retried: [IngestedFile] = []
                let stored: Void? = try? registry.writeUnchecked { db in
                    try passages.beginTransaction(db)
                    var transaction = Transaction()
                    for (offset, batch) in held.enumerated() {
                        retried += try store(batches[firstBatch + offset], batch.results, in: db, transaction: &transaction, passages: passages, isolated: true)
                    }
                    try ExpressionWriter.refreshValidity(transaction.versions, in: db)
                    try ExpressionWriter.indexForSearch(expressions: transaction.unindexedById, in: db)
                }
                if stored == nil {
                    passages.reset()
                    if held.isEmpty {
                        // It failed before taking a batch: drop the batch it was about to store.
                        _ = inFlight.removeFirst().wait()
                        index += 1
                        refill()
                    }
                    retried = batches[firstBatch..<index].joined().map { path in
                        IngestedFile(path: path, outcome: .skipped, expression: nil, message: "the database refused the write", provisions: 0)
                    }
                }
                files = retried
            }
            // The parsed documents are freed by the parsing threads, not by the writer.
            let release = held
            threads.submit { withExtendedLifetime(release) {} }
            report.files += files
        }
        return report
    }

    /// How many batches are parsed ahead of the one being written: enough (about 6 MB of source) for the
    /// parsing cores to stay busy while the writer indexes and commits a transaction (measured: 12 beat 3 in
    /// five alternated runs out of five; 32 did no better than 12).
    static let lookahead = 12

    /// Source bytes written per transaction before it commits (the benchmark's sqlite3 mirror batches the same).
    public static let transactionBytes = 8 << 20

    /// What one write transaction has done so far.
    struct Transaction {
        /// Expressions written and not yet indexed for search, by URI.
        var unindexed: [String: (id: Int64, entry: ExpressionWriter.Unindexed)] = [:]
        /// The versions whose validity periods are recomputed before the commit (once per work and language,
        /// however many of its files the transaction holds).
        var versions: Set<ExpressionWriter.Versions> = []
        var sourceBytes = 0

        var unindexedById: [Int64: ExpressionWriter.Unindexed] {
            Dictionary(unindexed.values.map { ($0.id, $0.entry) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// A batch being parsed by the parsing threads, one job per file.
    final class PreparedBatch: @unchecked Sendable {
        // Unchecked Sendable: `slots` and `remaining` are written under `lock`; `results` is read only after
        // `group` is left, which happens once every slot is filled.
        private var slots: [Result<Preparation, RegistryError>?]
        private var remaining: Int
        private let lock = NSLock()
        let group = DispatchGroup()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
            remaining = count
            group.enter()
            if count == 0 { group.leave() }
        }

        func set(_ index: Int, _ result: Result<Preparation, RegistryError>) {
            lock.lock()
            slots[index] = result
            remaining -= 1
            let done = remaining == 0
            lock.unlock()
            if done { group.leave() }
        }

        /// The results in file order; call after `group.wait()`.
        var results: [Result<Preparation, RegistryError>] { slots.compactMap { $0 } }
        func wait() -> [Result<Preparation, RegistryError>] { group.wait(); return results }
    }

    private func prepareInBackground(_ batch: [String], known: KnownSources?, on threads: ParsingThreads) -> PreparedBatch {
        let prepared = PreparedBatch(count: batch.count)
        for (index, path) in batch.enumerated() {
            threads.submit { prepared.set(index, Result { () throws(RegistryError) -> Preparation in try prepare(path, known: known) }) }
        }
        return prepared
    }

    enum Preparation: Sendable {
        case known(expression: String)
        case ready(PreparedExpression, warnings: [String])
    }

    /// The content hashes already stored, read once when an ingest has enough files to make that cheaper than a
    /// lookup per file (each lookup is a read transaction of its own); nil for a few files, which are looked up
    /// one by one. The writer checks again, inside its transaction, whatever the snapshot said.
    func knownSources(forIngesting count: Int) -> KnownSources? {
        guard count >= Ingester.knownSourcesThreshold else { return nil }
        return try? registry.read { db in
            var byHash: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT content_hash, uri FROM expression")
            while let row = try rows.next() { byHash[row[0]] = row[1] }
            return KnownSources(byHash: byHash)
        }
    }

    /// From how many files an ingest reads every stored hash at once.
    static let knownSourcesThreshold = 64

    /// The stored expressions by content hash, as the ingest found them when it started.
    struct KnownSources: Sendable {
        var byHash: [String: String]
    }

    /// Reads, hashes and parses one file; content already stored is recognised before parsing (from `known`
    /// when the ingest read the stored hashes at once, else with a lookup of its own).
    func prepare(_ path: String, known: KnownSources? = nil) throws(RegistryError) -> Preparation {
        var data = try SourceFile.read(path).get()
        if !Ingester.looksLikeXML(data) {
            guard let converter else {
                throw .unusableDocument(path: path, reason: "is not XML (only Akoma Ntoso XML and official text files can be ingested)")
            }
            do { data = try converter(path, data) } catch {
                throw .unusableDocument(path: path, reason: "text import failed: \(error)")
            }
        }
        let hash = HexDigest.string(SHA256.hash(data: data))
        if let known {
            if let expression = known.byHash[hash] { return .known(expression: expression) }
        } else if let known = try registry.read({ db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT uri FROM expression WHERE content_hash = ?"), arguments: [hash])
        }) {
            return .known(expression: known)
        }
        let document: AKNDocument
        do {
            document = try AKNDocument(data: data, name: path)
        } catch let error as XMLError {
            throw .unusableDocument(path: path, reason: error.line.map { "line \($0): \(error.reason)" } ?? error.reason)
        } catch {
            throw .unusableDocument(path: path, reason: String(describing: error).replacingOccurrences(of: "\(path):1: ", with: ""))
        }
        var schemaValid: Bool?
        var warnings: [String] = []
        if let schema {
            let diagnostics = schema.validate(document.xml)
            schemaValid = diagnostics.isEmpty
            if let first = diagnostics.first {
                if strict {
                    throw .unusableDocument(path: path, reason: "refused in strict mode: line \(first.line): \(first.message)")
                }
                warnings.append("not valid against the schema (line \(first.line): \(first.message)); indexed leniently")
            }
        }
        let structural = StructureChecker().check(document)
        if let first = structural.first {
            warnings.append("\(structural.count) structural issue\(structural.count == 1 ? "" : "s") (line \(first.line): \(first.message))")
        }
        return .ready(try PreparedExpression(document: document, path: path, hash: hash, xml: data, schemaValid: schemaValid), warnings: warnings)
    }

    /// Writes a batch inside the caller's transaction.
    ///
    /// Normally (`isolated` false) the files are written one after another and the batch's provisions join the
    /// search index at its end: FTS5 keeps their terms in memory until the commit, so the index work is spread
    /// over the transaction and written as one segment. Any failure throws, and the caller rolls the whole
    /// transaction back and stores it again `isolated`: each file in a savepoint of its own, rolled back alone
    /// when it fails, and the index filled at the end of the transaction (a savepoint makes FTS5 write out what
    /// it holds, so indexing between savepoints would write a segment per file).
    private func store(_ batch: [String], _ preparations: [Result<Preparation, RegistryError>], in db: Database,
                       transaction: inout Transaction, passages: PassageIndex, isolated: Bool) throws -> [IngestedFile] {
        let writer = ExpressionWriter(registry: registry)
        let stamp = Ingester.timestamp()
        var files: [IngestedFile] = []
        for (path, preparation) in zip(batch, preparations) {
            let file: IngestedFile
            switch preparation {
            case .failure(let error):
                let message: String
                if case .unusableDocument(_, let reason) = error { message = reason } else { message = error.description }
                file = IngestedFile(path: path, outcome: .skipped, expression: nil, message: message, provisions: 0)
            case .success(.known(let expression)):
                file = IngestedFile(path: path, outcome: .unchanged, expression: expression, message: nil, provisions: 0)
            case .success(.ready(let prepared, let warnings)):
                if !transaction.unindexed.isEmpty, try Ingester.replacesStored(prepared, in: db) {
                    // Replacing an expression deletes its rows from the index and may move its passages to
                    // provisions of the same work (see `ExpressionWriter.rehomePassages`), perhaps ones this
                    // transaction wrote: index what it wrote first, so that both act on what is really there.
                    try ExpressionWriter.indexForSearch(expressions: transaction.unindexedById, in: db)
                    transaction.unindexed = [:]
                }
                do {
                    passages.beginFile()
                    let result: ExpressionWriter.Written
                    if isolated {
                        do {
                            result = try Ingester.inSavepoint(db) { try writer.write(prepared, in: db, passages: passages) }
                        } catch {
                            passages.rollBackFile()
                            throw error
                        }
                    } else {
                        result = try writer.write(prepared, in: db, passages: passages)
                    }
                    if let versions = result.versions { transaction.versions.insert(versions) }
                    if let id = result.expressionId {
                        transaction.unindexed[prepared.expressionURI] = (id, ExpressionWriter.Unindexed(tokens: prepared.tokens, canonical: result.canonical))
                        transaction.sourceBytes += prepared.xml.count
                    }
                    file = IngestedFile(path: path, outcome: result.outcome, expression: prepared.expressionURI,
                                        message: warnings.isEmpty ? nil : warnings.joined(separator: "; "),
                                        provisions: result.outcome == .unchanged ? 0 : prepared.rows.count)
                } catch where isolated {
                    file = IngestedFile(path: path, outcome: .skipped, expression: prepared.expressionURI,
                                        message: Registry.describe(error), provisions: 0)
                }
            }
            try db.cachedStatement(sql: "INSERT INTO ingest_log(at, path, outcome, expression_uri, message) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [stamp, file.path, file.outcome.rawValue, file.expression, file.message])
            files.append(file)
        }
        if !isolated {
            try ExpressionWriter.indexForSearch(expressions: transaction.unindexedById, in: db)
            transaction.unindexed = [:]
        }
        return files
    }

    /// Whether writing `prepared` replaces a stored expression (same URI, other content).
    static func replacesStored(_ prepared: PreparedExpression, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT content_hash != ? FROM expression WHERE uri = ?"),
                          arguments: [prepared.hash, prepared.expressionURI]) ?? false
    }

    /// Runs `body` in a savepoint, rolled back (and released) when it throws. The savepoint statements are
    /// prepared once per connection: GRDB's `inSavepoint` parses them again for every file.
    static func inSavepoint<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.cachedStatement(sql: "SAVEPOINT ingest_file").execute()
        do {
            let result = try body()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT ingest_file").execute()
            return result
        } catch {
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT ingest_file").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT ingest_file").execute()
            throw error
        }
    }

    /// Now, as `2026-11-25T04:05:17Z`, without building a formatter for every row.
    static func timestamp() -> String {
        let now = Date().timeIntervalSince1970
        let seconds = Int(now.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return Registry.civilDate(daysSinceEpoch: days) + "T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    /// XML starts (after an optional byte-order mark and whitespace) with `<`.
    static func looksLikeXML(_ data: Data) -> Bool {
        for byte in data.prefix(1024) {
            switch byte {
            case 0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "<"): return true
            default: return false
            }
        }
        return false
    }

    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in slots.set(index, transform(items[index])) }
        return slots.values
    }
}

/// Result slots filled concurrently, one per index.
private final class Slots<R>: @unchecked Sendable {
    // Unchecked Sendable: writes are serialised by the lock and each index is written once.
    private var storage: [R?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: R) { lock.lock(); storage[index] = value; lock.unlock() }
    var values: [R] { storage.compactMap { $0 } }
}

extension Ingester {
    /// What the parsing half of `ingest` does for these files (read, hash, parse, check, prepare rows, tokens and
    /// the compressed source) on all cores, without writing: the benchmark times it apart from the writer.
    /// Returns the number of files prepared and of their provisions; a file that fails counts as neither.
    public func prepareWithoutWriting(paths: [String]) -> (files: Int, provisions: Int) {
        let known = knownSources(forIngesting: paths.count)
        let results = Ingester.parallelMap(paths) { path -> Int? in
            guard case .ready(let prepared, _)? = try? prepare(path, known: known) else { return nil }
            return prepared.rows.count
        }
        let prepared = results.compactMap { $0 }
        return (prepared.count, prepared.reduce(0, +))
    }
}
