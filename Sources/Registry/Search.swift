import Foundation
import AkomaNtoso
internal import GRDB
internal import GRDBSQLite

/// What to search and how many results to return.
public struct SearchOptions: Sendable {
    /// Only the versions in force on this day (YYYY-MM-DD); nil means today. Ignored with `allVersions`.
    public var asOf: String?
    /// Search every version of every work.
    public var allVersions: Bool
    /// Only expressions in this language (ISO 639-2).
    public var language: String?
    /// Only works of this document type (act, bill...).
    public var docType: String?
    /// At most this many results.
    public var limit: Int
    /// Skip this many results (paging).
    public var offset: Int

    /// Creates options.
    public init(asOf: String? = nil, allVersions: Bool = false, language: String? = nil, docType: String? = nil,
                limit: Int = 20, offset: Int = 0) {
        self.asOf = asOf
        self.allVersions = allVersions
        self.language = language
        self.docType = docType
        self.limit = limit
        self.offset = offset
    }
}

/// One matching provision.
public struct SearchResult: Sendable, Codable, Equatable {
    /// The work URI.
    public var work: String
    /// The expression URI of the version matched.
    public var expression: String
    /// The provision's eId.
    public var eId: String?
    /// The act's title.
    public var title: String?
    /// The provision's num and heading.
    public var heading: String?
    /// Text around the matched words, HTML-escaped, with the matches in `<mark>`.
    public var snippet: String
    /// bm25 rank: lower is better.
    public var rank: Double
}

/// A page of results and how many provisions matched in all.
public struct SearchResults: Sendable, Codable, Equatable {
    /// All matching provisions, not only this page.
    public var total: Int
    /// This page of results, best first.
    public var results: [SearchResult]
}

extension Registry {
    /// Searches provisions; headings weigh five times more than text.
    ///
    /// One pass over the matches ranks, scopes and counts them: `qonun_rank` (see `SearchRanking`) gives each
    /// matching passage (see `PassageKey`) its bm25 score, or NULL when none of the provisions it stands for is in
    /// the versions searched (the expression id is in every provision id, `id >> 20`); as the rows stream by,
    /// each of its provisions in scope goes to `TopRanked`, which keeps the best `offset + limit` and counts them
    /// all. The page's rows are then read by id, and their snippets and highlights made by
    /// `SearchHighlighter`.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws(RegistryError) -> SearchResults {
        let query = try SearchQuery(parsing: text)
        let pattern = query.fts5Pattern
        var scopeFilters: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !options.allVersions {
            let day = try Registry.checkedDay(options.asOf ?? Registry.today())
            scopeFilters.append("date <= ? AND (valid_until IS NULL OR valid_until > ?)")
            arguments += [day, day]
        }
        if let language = options.language {
            scopeFilters.append("language = ?")
            arguments.append(language)
        }
        if let docType = options.docType {
            scopeFilters.append("work_id IN (SELECT id FROM work WHERE doc_type = ?)")
            arguments.append(docType)
        }
        let limit = max(0, options.limit)
        let offset = max(0, options.offset)
        return try read { db in
            // The scope: the ids of the expressions searched (nil: all), and the registry's aliases.
            var expressions: [Int64]? = nil
            if !scopeFilters.isEmpty {
                expressions = try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT id FROM expression INDEXED BY expression_in_force WHERE \(scopeFilters.joined(separator: " AND "))
                    """), arguments: StatementArguments(arguments))
            }
            let scope = SearchScope(expressions: expressions, aliases: try passageAliases(db))
            // Cached statement: preparing it costs as much as a small query.
            let ranking = try db.cachedStatement(sql: """
                SELECT provision_fts.rowid, qonun_rank(provision_fts, ?, 5.0, 1.0)
                FROM provision_fts WHERE provision_fts MATCH ?
                """)
            try ranking.setArguments([nil, pattern])
            var best = TopRanked(capacity: offset + limit)
            try withExtendedLifetime(scope) {
                let handle = ranking.sqliteStatement
                // The statement keeps its bindings after it is reset: the pointer is unbound once it is done.
                defer { sqlite3_bind_null(handle, 1) }
                _ = sqlite3_bind_pointer(handle, 1, Unmanaged.passUnretained(scope).toOpaque(), SearchScope.pointerTypeName, nil)
                try Registry.forEachRow(of: ranking) { handle in
                    guard sqlite3_column_type(handle, 1) != SQLITE_NULL else { return }
                    let rank = sqlite3_column_double(handle, 1)
                    scope.forEachProvision(ofPassage: sqlite3_column_int64(handle, 0)) { id in best.add(id: id, rank: rank) }
                }
            }
            let total = best.count
            let ranked = best.sorted.dropFirst(offset)
            guard !ranked.isEmpty else { return SearchResults(total: total, results: []) }
            let ids = ranked.map(\.id)
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT p.id, w.uri AS work, e.uri AS expression, p.eid, e.title, p.num, p.heading, p.text
                FROM provision p
                JOIN expression e ON e.id = p.expression_id
                JOIN work w ON w.id = e.work_id
                WHERE p.id IN (\(placeholders))
                """), arguments: StatementArguments(ids))
            let highlighter = SearchHighlighter(query: query)
            var byId: [Int64: SearchResult] = [:]
            for row in rows {
                let textSnippet = highlighter.snippet(row["text"] ?? "", length: Registry.snippetTokens)
                let headingSnippet = highlighter.highlight(row["heading"] ?? "")
                let snippet = textSnippet.utf8.contains(0x01) || !headingSnippet.utf8.contains(0x01) ? textSnippet : headingSnippet
                let label = [row["num"] as String?, row["heading"] as String?].compactMap { $0 }.joined(separator: " ")
                let id: Int64 = row["id"]
                byId[id] = SearchResult(work: row["work"], expression: row["expression"], eId: row["eid"], title: row["title"],
                                        heading: label.isEmpty ? nil : label, snippet: Registry.markedHTML(snippet), rank: 0)
            }
            return SearchResults(total: total, results: ranked.compactMap { entry in
                guard var result = byId[entry.id] else { return nil }
                result.rank = entry.rank
                return result
            })
        }
    }

    /// Steps a prepared statement (arguments already set) with the C API, for loops over every match where
    /// building a `Row` per match would cost more than the match itself.
    static func forEachRow(of statement: Statement, _ body: (OpaquePointer) -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let status = sqlite3_step(handle)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else {
                let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "error \(status)"
                throw RegistryError.database(message)
            }
            body(handle)
        }
    }

    /// The registry's aliases, read again only when `search_generation` has changed since they were read.
    func passageAliases(_ db: Database) throws -> PassageAliases {
        let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM search_generation WHERE id = 1")) ?? 0
        if let cached = aliasCache.withLock({ $0 }), cached.generation == generation { return cached }
        let loaded = try PassageAliases.load(generation: generation, from: db)
        aliasCache.withLock { $0 = loaded }
        return loaded
    }

    /// How many words a result's snippet shows.
    static let snippetTokens = 16

    /// Escapes the snippet text and turns the markers (U+0001, U+0002) into `<mark>` tags. Works on the UTF-8
    /// bytes: the characters it replaces are ASCII, and comparing `Character`s costs more than the whole search.
    static func markedHTML(_ snippet: String) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(snippet.utf8.count + 32)
        for byte in snippet.utf8 {
            switch byte {
            case 0x01: html += Array("<mark>".utf8)
            case 0x02: html += Array("</mark>".utf8)
            case UInt8(ascii: "&"): html += Array("&amp;".utf8)
            case UInt8(ascii: "<"): html += Array("&lt;".utf8)
            case UInt8(ascii: ">"): html += Array("&gt;".utf8)
            case UInt8(ascii: "\""): html += Array("&quot;".utf8)
            default: html.append(byte)
            }
        }
        return String(decoding: html, as: UTF8.self)
    }

    /// Today's date in UTC, YYYY-MM-DD.
    public static func today() -> String {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return civilDate(daysSinceEpoch: days)
    }

    /// Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm), without a formatter.
    static func civilDate(daysSinceEpoch: Int) -> String {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Checks that `day` is a real YYYY-MM-DD date.
    public static func checkedDay(_ day: String) throws(RegistryError) -> String {
        guard CalendarDate.isValidDay(day) else { throw .invalidDate(day) }
        return day
    }
}
