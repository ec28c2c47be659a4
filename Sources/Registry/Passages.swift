internal import GRDB
internal import GRDBSQLite

/// What the search index knows a provision by: its heading and its text. Two provisions of the same work with
/// the same heading and text (the same article, unchanged from one version to the next, or in a consolidation
/// and its reprint) are one *passage*: the index holds it once, under the id of the first provision written
/// with it (its *canonical* provision), and `provision_alias` maps every other provision to that id. In the
/// benchmark corpus half of all provisions repeat an earlier version's, and indexing had been a quarter of the
/// ingest's CPU time.
///
/// The key is 128 bits: two SipHash values (Swift's `Hasher`, seeded at random for each process unless
/// SWIFT_DETERMINISTIC_HASHING is set, so that no one can make two texts collide on purpose; keys are never
/// stored, only compared within one process) over the heading (empty when there is none, as the index reads it),
/// a 0xFF byte (never part of UTF-8, so heading and text cannot run into each other) and the text, each with its
/// own leading byte. SHA-256 through swift-crypto cost more (1.6% of the ingest's CPU time against 1.3%).
struct PassageKey: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    init(heading: String?, text: String) {
        var heading = heading ?? ""
        var text = text
        func digest(_ domain: UInt8) -> UInt64 {
            var hasher = Hasher()
            hasher.combine(domain)
            heading.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(UInt8(0xFF))
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            return UInt64(bitPattern: Int64(hasher.finalize()))
        }
        high = digest(1)
        low = digest(2)
    }
}

/// The canonical provision of every passage of the works an ingest touches, kept in memory by the writer for
/// the whole ingest. A work's passages are read from the database the first time the ingest writes to it (a
/// work new to the registry has none), then kept up to date as its expressions are written.
///
/// It follows the database: when a transaction is rolled back, `reset()` forgets everything; when one file's
/// savepoint is rolled back, `rollBackFile()` forgets the works that file touched; when another connection has
/// committed since the ingest's last transaction (another ingest, a restore), `beginTransaction(_:)` forgets
/// everything; what is forgotten is read again on its next use.
final class PassageIndex {
    private var byWork: [Int64: [PassageKey: Int64]] = [:]
    private var touchedByFile: Set<Int64> = []
    /// `PRAGMA data_version` at the start of the ingest's last transaction: it changes when another connection
    /// commits, and only then.
    private var dataVersion: Int64?

    /// Starts a write transaction of the ingest (called first thing inside it).
    func beginTransaction(_ db: Database) throws {
        let version = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        if let dataVersion, dataVersion != version { reset() }
        dataVersion = version
    }

    /// Forgets every work (after a rolled-back transaction).
    func reset() {
        byWork = [:]
        touchedByFile = []
    }

    /// Starts a file: its touched works are what `rollBackFile()` forgets.
    func beginFile() { touchedByFile = [] }

    /// Forgets the works the current file touched (its savepoint was rolled back).
    func rollBackFile() {
        for work in touchedByFile { byWork[work] = nil }
        touchedByFile = []
    }

    /// Forgets one work (its canonical provisions are about to change: an expression of it is replaced).
    func forget(work: Int64) { byWork[work] = nil }

    /// Assigns the rows of a new expression of `work` to passages: for each row, the canonical provision id
    /// when an earlier provision of the work has the same heading and text, else nil (the row is canonical and
    /// is recorded as such). `ids` are the rows' provision ids.
    func assign(work: Int64, keys: [PassageKey], ids: Range<Int64>, in db: Database) throws -> [Int64?] {
        touchedByFile.insert(work)
        // Taken out of `byWork` while it grows, so that it is not copied.
        var passages = try byWork.removeValue(forKey: work) ?? load(work: work, in: db)
        var canonical: [Int64?] = []
        canonical.reserveCapacity(keys.count)
        for (key, id) in zip(keys, ids) {
            if let existing = passages[key] {
                canonical.append(existing)
            } else {
                passages[key] = id
                canonical.append(nil)
            }
        }
        byWork[work] = passages
        return canonical
    }

    /// The work's canonical provisions as stored (none for a work new to the registry).
    private func load(work: Int64, in db: Database) throws -> [PassageKey: Int64] {
        let expressions = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM expression WHERE work_id = ?"), arguments: [work])
        var passages: [PassageKey: Int64] = [:]
        for expression in expressions.sorted() {
            let range = RegistryMigrations.provisionIds(ofExpression: expression)
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT id, heading, text FROM provision_passage WHERE id >= ? AND id < ? ORDER BY id
                """), arguments: [range.lower, range.upper])
            while let row = try rows.next() {
                let key = PassageKey(heading: row["heading"], text: row["text"])
                if passages[key] == nil { passages[key] = row["id"] }
            }
        }
        return passages
    }
}

/// Every alias of the registry (a provision indexed under another's id, see `PassageKey`), by canonical id,
/// as one immutable snapshot shared by all searches until `search_generation` changes.
final class PassageAliases: Sendable {
    let generation: Int64
    /// Sorted by canonical id, then alias id.
    private let canonical: [Int64]
    private let alias: [Int64]

    init(generation: Int64, pairs: [(alias: Int64, canonical: Int64)]) {
        self.generation = generation
        let sorted = pairs.sorted { ($0.canonical, $0.alias) < ($1.canonical, $1.alias) }
        canonical = sorted.map(\.canonical)
        alias = sorted.map(\.alias)
    }

    /// No aliases at all.
    static let none = PassageAliases(generation: -1, pairs: [])

    /// Reads the snapshot from the database.
    static func load(generation: Int64, from db: Database) throws -> PassageAliases {
        var pairs: [(alias: Int64, canonical: Int64)] = []
        let statement = try db.makeStatement(sql: "SELECT id, canonical FROM provision_alias")
        try Registry.forEachRow(of: statement) { handle in
            pairs.append((sqlite3_column_int64(handle, 0), sqlite3_column_int64(handle, 1)))
        }
        return PassageAliases(generation: generation, pairs: pairs)
    }

    /// Calls `body` with each alias of `id`, in id order.
    func forEachAlias(of id: Int64, _ body: (Int64) -> Void) {
        var low = 0
        var high = canonical.count
        while low < high {
            let middle = (low + high) / 2
            if canonical[middle] < id { low = middle + 1 } else { high = middle }
        }
        while low < canonical.count && canonical[low] == id {
            body(alias[low])
            low += 1
        }
    }
}
