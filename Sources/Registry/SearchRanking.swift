import Foundation
internal import GRDB
internal import GRDBSQLite

/// `qonun_rank(provision_fts, scope, headingWeight, textWeight)`: the FTS5 auxiliary function that ranks and
/// scopes search matches in one call per match.
///
/// It returns exactly what FTS5's own `bm25(provision_fts, headingWeight, textWeight)` returns (same IDF, k1 = 1.2,
/// b = 0.75, the row's length in tokens), or NULL when the match is outside `scope`. Two costs of the built-in are
/// avoided: the row's length is read from an in-memory copy of `provision_fts_docsize` kept per connection and
/// loaded one expression at a time (the built-in runs a statement per match), and the scope is a bit test on the
/// expression id that every provision id carries (an `IN (subquery)` filter is a B-tree probe per match).
///
/// `scope` is NULL (every expression), a `SearchScope` bound as a pointer (what `Registry.search` passes: a
/// passage is in scope when its own provision or one of its aliases is, see `PassageKey`), or, for SQL written by
/// hand, a comma-separated list of expression ids tested against the indexed row's own id only.
enum SearchRanking {
    static let functionName = "qonun_rank"

    /// Registers the function on a connection (called for every connection the registry opens).
    static func register(on db: Database) throws {
        guard let connection = db.sqliteConnection else { throw RegistryError.database("no SQLite connection to register \(functionName) on") }
        var api: UnsafeMutablePointer<fts5_api>? = nil
        var statement: OpaquePointer? = nil
        guard sqlite3_prepare_v2(connection, "SELECT fts5(?)", -1, &statement, nil) == SQLITE_OK, let statement else {
            throw RegistryError.database("FTS5 is not available in this SQLite")
        }
        defer { sqlite3_finalize(statement) }
        // SQLite keeps the pointer-type name and compares it when `fts5()` reads the argument: it must be a
        // string that outlives the statement (a static one), not a temporary bridged from a Swift String.
        let pointerType: StaticString = "fts5_api_ptr"
        let typeName = UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)  // NUL-terminated
        withUnsafeMutablePointer(to: &api) { pointer in
            _ = sqlite3_bind_pointer(statement, 1, pointer, typeName, nil)
            _ = sqlite3_step(statement)
        }
        guard let api, api.pointee.iVersion >= 2, let create = api.pointee.xCreateFunction else {
            throw RegistryError.database("FTS5 did not hand out its API")
        }
        let lengths = Unmanaged.passRetained(DocumentLengths(connection: connection)).toOpaque()
        let status = create(api, functionName, lengths, rankFunction, { pointer in
            guard let pointer else { return }
            Unmanaged<DocumentLengths>.fromOpaque(pointer).release()
        })
        guard status == SQLITE_OK else { throw RegistryError.database("cannot register \(functionName): SQLite error \(status)") }
    }

    /// What one query needs on every match: the scope, the IDF of each phrase, the average row length.
    final class QueryData {
        /// nil: every expression is in scope.
        let scope: SearchScope?
        let idf: [Double]
        let averageLength: Double
        /// The weighted frequency of each phrase in the current row (scratch space, reused for every row).
        let frequencies: UnsafeMutableBufferPointer<Double>

        init(scope: SearchScope?, idf: [Double], averageLength: Double) {
            self.scope = scope
            self.idf = idf
            self.averageLength = averageLength
            frequencies = .allocate(capacity: idf.count)
            frequencies.initialize(repeating: 0)
        }

        deinit { frequencies.deallocate() }

    }

    static let k1 = 1.2
    static let b = 0.75

    private static let rankFunction: fts5_extension_function = { apiPointer, fts, context, valueCount, values in
        guard let apiPointer, let fts, let context else { return }
        let api = apiPointer.pointee
        guard let userData = api.xUserData?(fts) else { return }
        let lengths = Unmanaged<DocumentLengths>.fromOpaque(userData).takeUnretainedValue()

        // Per query: scope, IDF and average length, computed on the first match and kept as auxiliary data.
        let query: QueryData
        if let stored = api.xGetAuxdata?(fts, 0) {
            query = Unmanaged<QueryData>.fromOpaque(stored).takeUnretainedValue()
        } else {
            var scope: SearchScope? = nil
            if valueCount > 0, let value = values?[0], sqlite3_value_type(value) != SQLITE_NULL {
                if let pointer = sqlite3_value_pointer(value, SearchScope.pointerTypeName) {
                    scope = Unmanaged<SearchScope>.fromOpaque(pointer).takeUnretainedValue()
                } else {
                    // A list written by hand: the indexed rows' own expressions, no aliases.
                    let text = sqlite3_value_text(value).map { String(cString: $0) } ?? ""
                    let ids = text.utf8.split(separator: UInt8(ascii: ",")).compactMap { Int64(String(decoding: $0, as: UTF8.self)) }
                    scope = SearchScope(expressions: ids, aliases: .none)
                }
            }
            guard let created = makeQueryData(api: api, fts: fts, scope: scope) else {
                sqlite3_result_error(context, "\(functionName): FTS5 could not count the query's phrases", -1)
                return
            }
            lengths.checkGeneration()
            query = created
            let status = api.xSetAuxdata?(fts, Unmanaged.passRetained(created).toOpaque()) { pointer in
                guard let pointer else { return }
                Unmanaged<QueryData>.fromOpaque(pointer).release()
            }
            guard status == SQLITE_OK else { sqlite3_result_error_code(context, status ?? SQLITE_MISUSE); return }
        }

        guard let rowid = api.xRowid?(fts) else { return }
        guard query.scope?.includes(passage: rowid) ?? true else {
            sqlite3_result_null(context)
            return
        }
        let weightCount = Int(valueCount) - 1
        let frequencies = query.frequencies
        for index in frequencies.indices { frequencies[index] = 0 }
        var instances: Int32 = 0
        guard api.xInstCount?(fts, &instances) == SQLITE_OK else {
            sqlite3_result_error(context, "\(functionName): FTS5 could not list the matches", -1)
            return
        }
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        for instance in 0..<instances {
            guard api.xInst?(fts, instance, &phrase, &column, &offset) == SQLITE_OK else { continue }
            let weight = Int(column) < weightCount ? values.map { sqlite3_value_double($0[Int(column) + 1]) } ?? 1 : 1
            frequencies[Int(phrase)] += weight
        }
        var length = lengths.length(of: rowid)
        if length == nil {
            var tokens: Int32 = 0
            if api.xColumnSize?(fts, -1, &tokens) == SQLITE_OK { length = Int(tokens) }
        }
        let lengthFactor = k1 * (1 - b + b * Double(length ?? 0) / query.averageLength)
        var score = 0.0
        for (index, idf) in query.idf.enumerated() {
            let frequency = frequencies[index]
            score += idf * (frequency * (k1 + 1)) / (frequency + lengthFactor)
        }
        sqlite3_result_double(context, -score)
    }

    /// The IDF of every phrase (how many rows hold it, as FTS5's bm25 counts) and the average row length.
    private static func makeQueryData(api: Fts5ExtensionApi, fts: OpaquePointer, scope: SearchScope?) -> QueryData? {
        var rows: Int64 = 0
        var tokens: Int64 = 0
        guard api.xRowCount?(fts, &rows) == SQLITE_OK, api.xColumnTotalSize?(fts, -1, &tokens) == SQLITE_OK,
              let phraseCount = api.xPhraseCount?(fts), let queryPhrase = api.xQueryPhrase else { return nil }
        var idf: [Double] = []
        for phrase in 0..<phraseCount {
            var hits: Int64 = 0
            let status = withUnsafeMutablePointer(to: &hits) { pointer in
                queryPhrase(fts, phrase, pointer) { _, _, userData in
                    userData?.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                }
            }
            guard status == SQLITE_OK else { return nil }
            let value = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
            idf.append(value <= 0 ? 1e-6 : value)
        }
        return QueryData(scope: scope, idf: idf, averageLength: rows > 0 ? Double(tokens) / Double(rows) : 1)
    }
}

/// What `Registry.search` searches: the expressions in scope (nil: all) and the registry's aliases, handed to
/// `qonun_rank` as a pointer argument, then used again to turn each ranked passage into the provisions it stands
/// for in scope.
final class SearchScope: @unchecked Sendable {
    // Unchecked Sendable: immutable after init.
    /// The pointer type name `qonun_rank` accepts (SQLite compares it by value, and keeps the pointer: static).
    static let pointerType: StaticString = "qonun_search_scope"
    static var pointerTypeName: UnsafePointer<CChar> {
        UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)  // NUL-terminated
    }

    /// Bit i set: expression i is in scope; nil: every expression is.
    let expressions: [UInt64]?
    let aliases: PassageAliases

    init(expressions: [Int64]?, aliases: PassageAliases) {
        if let expressions {
            var bits: [UInt64] = []
            for id in expressions where id >= 0 {
                let word = Int(id >> 6)
                if word >= bits.count { bits += Array(repeating: 0, count: word - bits.count + 1) }
                bits[word] |= 1 << UInt64(id & 63)
            }
            self.expressions = bits
        } else {
            self.expressions = nil
        }
        self.aliases = aliases
    }

    func contains(provision id: Int64) -> Bool {
        guard let expressions else { return true }
        let expression = id >> Int64(RegistryMigrations.provisionIdShift)
        let word = Int(expression >> 6)
        return expression >= 0 && word < expressions.count && expressions[word] & (1 << UInt64(expression & 63)) != 0
    }

    /// Whether the indexed row `rowid` (a passage) stands for a provision in scope: its own or an alias.
    func includes(passage rowid: Int64) -> Bool {
        if contains(provision: rowid) { return true }
        var found = false
        aliases.forEachAlias(of: rowid) { alias in
            if !found && contains(provision: alias) { found = true }
        }
        return found
    }

    /// Calls `body` with each provision in scope that the passage `rowid` stands for, in id order.
    func forEachProvision(ofPassage rowid: Int64, _ body: (Int64) -> Void) {
        if contains(provision: rowid) { body(rowid) }
        aliases.forEachAlias(of: rowid) { alias in
            if contains(provision: alias) { body(alias) }
        }
    }
}
