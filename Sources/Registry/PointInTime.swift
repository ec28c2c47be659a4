public import Foundation
import AkomaNtoso
internal import GRDB
import LibXML

/// A version of a work as stored.
public struct ExpressionInfo: Sendable, Encodable, Equatable {
    /// The work URI.
    public var work: String
    /// The expression URI.
    public var expression: String
    /// ISO 639-2 language.
    public var language: String
    /// Latn or Cyrl for Uzbek, when known.
    public var script: String?
    /// In force from.
    public var date: String
    /// In force until (exclusive), nil when current.
    public var validUntil: String?
    /// The title of this version.
    public var title: String?
    /// act, bill...
    public var docType: String
    /// The work's status: in_force or repealed.
    public var status: String
    /// The day the work was repealed, when it was.
    public var repealedOn: String?
    /// SHA-256 of the stored Akoma Ntoso source.
    public var contentHash: String
    var id: Int64
    var workId: Int64

    private enum CodingKeys: String, CodingKey {
        case work, expression, language, script, date, validUntil, title, docType, status, repealedOn
    }
}

/// What `show` found: the version in force and, for a `~eId` URI, the provision.
public struct ShownVersion: Sendable, Encodable, Equatable {
    /// The version shown.
    public var version: ExpressionInfo
    /// The provision asked for, with its subtree; nil when the whole expression was asked for.
    public var provision: StoredProvision?
    /// The provision trees of the whole expression, when no provision was asked for.
    public var provisions: [StoredProvision]?
    /// True when a later version exists in the same language.
    public var isCurrent: Bool
}

extension Registry {
    static let preferredLanguages = ["uzb", "rus", "eng"]

    /// Splits `URI~eId` into the URI and the eId.
    static func splitPortion(_ uri: String) -> (uri: String, eId: String?) {
        guard let tilde = uri.lastIndex(of: "~") else { return (uri, nil) }
        var base = String(uri[..<tilde])
        while base.hasSuffix("/") { base.removeLast() }
        let eId = String(uri[uri.index(after: tilde)...])
        return (base, eId.isEmpty ? nil : eId)
    }

    /// Finds the expression a URI names: an expression URI directly, a work URI at `asOf` (default today)
    /// in `language` (default Uzbek, then Russian, then English, then any).
    public func resolve(_ uri: String, asOf: String? = nil, language: String? = nil) throws(RegistryError) -> (ExpressionInfo, eId: String?) {
        let (base, eId) = Registry.splitPortion(uri)
        let day = try asOf.map { (d: String) throws(RegistryError) -> String in try Registry.checkedDay(d) }
        let parsed = try? FRBRURI(parsing: base)
        return try read { db in
            let expressionURI = parsed.flatMap { $0.isExpression ? $0.withoutSuffixes.description : nil } ?? base
            if let found = try Registry.expression(db, where: "e.uri = ?", [expressionURI]) {
                return (found, eId)
            }
            if let parsed, parsed.isExpression, let language = parsed.language, parsed.expressionDate == "" {
                // The bare `@` names the version as enacted: the earliest in that language.
                if let found = try Registry.expression(db, where: "w.uri = ? AND e.language = ? ORDER BY e.date LIMIT 1", [parsed.workURI, language]) {
                    return (found, eId)
                }
            }
            let workURI = parsed.map { $0.isExpression ? "" : $0.workURI } ?? base
            guard !workURI.isEmpty, let workId = try Int64.fetchOne(db, sql: "SELECT id FROM work WHERE uri = ?", arguments: [workURI]) else {
                throw RegistryError.unknownURI(base)
            }
            let languages = try String.fetchAll(db, sql: "SELECT DISTINCT language FROM expression WHERE work_id = ?", arguments: [workId])
            let chosen = language ?? Registry.preferredLanguages.first(where: languages.contains) ?? languages.sorted().first
            guard let chosen, languages.contains(chosen) else {
                throw RegistryError.unknownURI("\(base) in language \(language ?? "any")")
            }
            let on = day ?? Registry.today()
            if let found = try Registry.expression(db, where: "e.work_id = ? AND e.language = ? AND e.date <= ? AND (e.valid_until IS NULL OR e.valid_until > ?)",
                                                   [workId, chosen, on, on]) {
                return (found, eId)
            }
            let first = try String.fetchOne(db, sql: "SELECT min(date) FROM expression WHERE work_id = ? AND language = ?", arguments: [workId, chosen])
            throw RegistryError.notInForce(uri: base, date: on, firstVersion: first.flatMap { $0 > on ? $0 : nil })
        }
    }

    /// The version of `uri` in force (see `resolve`) with the provision or all provisions.
    public func show(_ uri: String, asOf: String? = nil, language: String? = nil) throws(RegistryError) -> ShownVersion {
        let (version, eId) = try resolve(uri, asOf: asOf, language: language)
        return try read { db in
            let rows = try Registry.provisionRows(db, expressionId: version.id)
            let isCurrent = version.validUntil == nil
            if let eId {
                guard let row = rows.first(where: { $0.eId == eId }) else {
                    throw RegistryError.unknownProvision(uri: version.expression, eId: eId)
                }
                return ShownVersion(version: version, provision: rows.trees(rootedAt: row.id).first, provisions: nil, isCurrent: isCurrent)
            }
            return ShownVersion(version: version, provision: nil, provisions: rows.trees(), isCurrent: isCurrent)
        }
    }

    /// The Akoma Ntoso source of an expression, as ingested (decompressed when it is stored compressed).
    public func sourceXML(of version: ExpressionInfo) throws(RegistryError) -> Data {
        let stored = try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT xml, xml_encoding, size FROM expression WHERE id = ?"), arguments: [version.id])
        }
        guard let stored, let bytes = stored["xml"] as Data? else { return Data() }
        switch stored["xml_encoding"] as String? {
        case nil:
            return bytes
        case "zlib":
            do { return try Deflate.decompress(bytes, size: stored["size"]) } catch {
                throw .database("the source of \(version.expression): \(error)")
            }
        case "lz4":
            do { return try LZ4Block.decompress(bytes, size: stored["size"]) } catch {
                throw .database("the source of \(version.expression): \(error)")
            }
        case let other?:
            throw .database("the source of \(version.expression) is stored as '\(other)', which this Qonun cannot read")
        }
    }

    /// Every version of a work, in date order, per language.
    public func versions(ofWork uri: String) throws(RegistryError) -> [ExpressionInfo] {
        let parsed = try? FRBRURI(parsing: uri)
        let workURI = parsed?.workURI ?? uri
        return try read { db in try Registry.expressions(db, where: "w.uri = ? ORDER BY e.language, e.date", [workURI]) }
    }

    static func expression(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> ExpressionInfo? {
        try expressions(db, where: condition, arguments).first
    }

    static func expressions(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> [ExpressionInfo] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.work_id, w.uri AS work, e.uri, e.language, e.script, e.date, e.valid_until, e.title, e.doc_type,
                   w.status, w.repealed_on, e.content_hash
            FROM expression e JOIN work w ON w.id = e.work_id
            WHERE \(condition)
            """, arguments: StatementArguments(arguments)).map { row in
            ExpressionInfo(work: row["work"], expression: row["uri"], language: row["language"], script: row["script"],
                           date: row["date"], validUntil: row["valid_until"], title: row["title"], docType: row["doc_type"],
                           status: row["status"], repealedOn: row["repealed_on"], contentHash: row["content_hash"],
                           id: row["id"], workId: row["work_id"])
        }
    }

    /// The expression's provisions in document order (their ids are one range, in that order).
    static func provisionRows(_ db: Database, expressionId: Int64) throws -> [ProvisionRow] {
        let range = RegistryMigrations.provisionIds(ofExpression: expressionId)
        return try Row.fetchAll(db, sql: """
            SELECT id, parent_id, eid, kind, num, heading, text, status, component FROM provision
            WHERE id >= ? AND id < ? ORDER BY id
            """, arguments: [range.lower, range.upper]).map { row in
            ProvisionRow(id: row["id"], parentId: row["parent_id"], eId: row["eid"], kind: row["kind"], num: row["num"],
                         heading: row["heading"], text: row["text"], status: row["status"], component: row["component"])
        }
    }
}
