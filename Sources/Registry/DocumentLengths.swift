internal import GRDBSQLite

/// The length in tokens of every indexed provision, as `provision_fts_docsize` records it, kept in memory for
/// ranking: one array per expression (a provision id is `expression id << 20 | order`), loaded the first time a
/// match in that expression is ranked. One instance per connection, used only on that connection's thread.
///
/// Provisions never change in place: a changed expression is deleted and written again, which bumps
/// `search_generation` (a trigger on `expression`); a new generation empties the cache, so an expression id
/// reused after a deletion never reads stale lengths.
final class DocumentLengths {
    private let connection: OpaquePointer
    private var byExpression: [Int64: [UInt32]] = [:]
    private var cachedCount = 0
    /// At most this many lengths (4 bytes each) are kept; past it the cache starts again, so a server that has
    /// searched a national registry's every corner holds 16 MiB per connection (the default), not all of it.
    let capacity: Int
    static let defaultCapacity = 4 << 20
    private var generation: Int64 = -1
    // Matches come in rowid order, so consecutive ones are mostly in the same expression.
    private var lastExpression: Int64 = -1
    private var lastLengths: [UInt32] = []

    init(connection: OpaquePointer, capacity: Int = DocumentLengths.defaultCapacity) {
        self.connection = connection
        self.capacity = capacity
    }

    /// How many lengths are cached now.
    var count: Int { cachedCount }

    /// Empties the cache when the registry's expressions were deleted or replaced since it was filled.
    func checkGeneration() {
        let current = Self.queryInteger(connection, "SELECT value FROM search_generation WHERE id = 1") ?? -1
        if current != generation {
            empty()
            generation = current
        }
    }

    /// The provision's length in tokens (all columns), or nil when the index has no size for it.
    func length(of rowid: Int64) -> Int? {
        let shift = Int64(RegistryMigrations.provisionIdShift)
        let expression = rowid >> shift
        let order = Int(rowid & ((1 << shift) - 1))
        if expression != lastExpression {
            if let cached = byExpression[expression] {
                lastLengths = cached
            } else {
                let loaded = load(expression: expression)
                if cachedCount + loaded.count > capacity { empty() }
                byExpression[expression] = loaded
                cachedCount += loaded.count
                lastLengths = loaded
            }
            lastExpression = expression
        }
        guard order < lastLengths.count, lastLengths[order] != UInt32.max else { return nil }
        return Int(lastLengths[order])
    }

    private func empty() {
        byExpression.removeAll(keepingCapacity: false)
        cachedCount = 0
        lastExpression = -1
        lastLengths = []
    }

    private func load(expression: Int64) -> [UInt32] {
        let shift = Int64(RegistryMigrations.provisionIdShift)
        var statement: OpaquePointer? = nil
        guard sqlite3_prepare_v2(connection, "SELECT id, sz FROM provision_fts_docsize WHERE id >= ?1 AND id < ?2 ORDER BY id",
                                 -1, &statement, nil) == SQLITE_OK, let statement else { return [] }
        defer { sqlite3_finalize(statement) }
        let base = expression << shift
        sqlite3_bind_int64(statement, 1, base)
        sqlite3_bind_int64(statement, 2, base + (1 << shift))
        var lengths: [UInt32] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            let order = Int(sqlite3_column_int64(statement, 0) - base)
            if order >= lengths.count { lengths += Array(repeating: UInt32.max, count: order - lengths.count + 1) }
            let count = Int(sqlite3_column_bytes(statement, 1))
            guard count > 0, let blob = sqlite3_column_blob(statement, 1) else { continue }
            lengths[order] = Self.sumOfVarints(UnsafeRawBufferPointer(start: blob, count: count))
        }
        return lengths
    }

    /// FTS5 stores a row's column sizes as SQLite varints, one per column.
    static func sumOfVarints(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var total: UInt64 = 0
        var index = 0
        while index < bytes.count {
            var value: UInt64 = 0
            var length = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                length += 1
                if length == 9 { value = (value << 8) | UInt64(byte); break }
                value = (value << 7) | UInt64(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            total &+= value
        }
        return UInt32(truncatingIfNeeded: min(total, UInt64(UInt32.max - 1)))
    }

    private static func queryInteger(_ connection: OpaquePointer, _ sql: String) -> Int64? {
        var statement: OpaquePointer? = nil
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else { return nil }
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return sqlite3_column_int64(statement, 0)
    }
}
