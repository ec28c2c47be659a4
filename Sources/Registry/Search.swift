import Foundation
import AkomaNtoso
internal import GRDB

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
    /// A provision's id carries its expression (`id >> 20`), so the versions searched are a set of expression
    /// ids computed once per query from the `expression_in_force` index, and each match is checked against it
    /// without reading the provision or expression row. One pass over the matches ranks them and counts them
    /// (`count(*) OVER ()`); snippets are built for the page only.
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
        let shift = RegistryMigrations.provisionIdShift
        let scope = scopeFilters.isEmpty ? "" : """
            AND (provision_fts.rowid >> \(shift)) IN (
                SELECT id FROM expression INDEXED BY expression_in_force WHERE \(scopeFilters.joined(separator: " AND ")))
            """
        let matches = "FROM provision_fts WHERE provision_fts MATCH ? \(scope)"
        let limit = max(0, options.limit)
        let offset = max(0, options.offset)
        return try read { db in
            // bm25() must run in the query that holds MATCH, and the window in another.
            // Cached statements: the SQL depends only on the options used, and preparing it costs as much as a
            // small query.
            let ranked = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, rank, count(*) OVER () AS total FROM (
                    SELECT provision_fts.rowid AS id, bm25(provision_fts, 5.0, 1.0) AS rank \(matches))
                ORDER BY rank, id LIMIT ? OFFSET ?
                """), arguments: StatementArguments([pattern] + arguments + [limit, offset]))
            // A page past the end (or of size 0) has no row to carry the total: count apart.
            let total: Int = try ranked.first.map { $0["total"] }
                ?? Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) \(matches)"), arguments: StatementArguments([pattern] + arguments)) ?? 0
            guard !ranked.isEmpty else { return SearchResults(total: total, results: []) }
            let ids: [Int64] = ranked.map { $0["id"] }
            let rankOf = Dictionary(ranked.map { ($0["id"] as Int64, $0["rank"] as Double) }, uniquingKeysWith: { first, _ in first })
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT p.id, w.uri AS work, e.uri AS expression, p.eid, e.title, p.num, p.heading,
                       snippet(provision_fts, 1, char(1), char(2), '…', 16) AS text_snippet,
                       highlight(provision_fts, 0, char(1), char(2)) AS heading_snippet
                FROM provision_fts
                JOIN provision p ON p.id = provision_fts.rowid
                JOIN expression e ON e.id = p.expression_id
                JOIN work w ON w.id = e.work_id
                WHERE provision_fts MATCH ? AND provision_fts.rowid IN (\(placeholders))
                """), arguments: StatementArguments([pattern] + ids))
            var byId: [Int64: SearchResult] = [:]
            for row in rows {
                let textSnippet: String = row["text_snippet"] ?? ""
                let headingSnippet: String = row["heading_snippet"] ?? ""
                let snippet = textSnippet.contains("\u{1}") || !headingSnippet.contains("\u{1}") ? textSnippet : headingSnippet
                let label = [row["num"] as String?, row["heading"] as String?].compactMap { $0 }.joined(separator: " ")
                let id: Int64 = row["id"]
                byId[id] = SearchResult(work: row["work"], expression: row["expression"], eId: row["eid"], title: row["title"],
                                        heading: label.isEmpty ? nil : label, snippet: Registry.markedHTML(snippet), rank: rankOf[id] ?? 0)
            }
            return SearchResults(total: total, results: ids.compactMap { byId[$0] })
        }
    }

    /// Escapes the snippet text and turns the FTS5 markers (U+0001, U+0002) into `<mark>` tags.
    static func markedHTML(_ snippet: String) -> String {
        var html = ""
        for character in snippet {
            switch character {
            case "\u{1}": html += "<mark>"
            case "\u{2}": html += "</mark>"
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            default: html.append(character)
            }
        }
        return html
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
