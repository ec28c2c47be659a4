public import Foundation
import Registry
internal import GRDB

/// A comment period on a draft expression.
public struct Consultation: Sendable, Equatable, Encodable {
    /// Where the consultation is in its life.
    public enum State: String, Sendable, Codable {
        /// Before `opensAt`.
        case scheduled
        /// Accepting comments.
        case open
        /// After `closesAt`, or closed early.
        case closed
    }

    /// The consultation's number.
    public var id: Int64
    /// The draft's work URI.
    public var work: String
    /// The current draft version (expression URI).
    public var expression: String
    /// The draft's title.
    public var title: String
    /// The draft's language.
    public var language: String
    /// The drafting body.
    public var body: String?
    /// When comments open (ISO 8601 UTC).
    public var opensAt: String
    /// When comments close.
    public var closesAt: String
    /// When it was closed early, if it was.
    public var closedAt: String?
    /// scheduled, open or closed, now.
    public var state: State
    /// Every draft version, oldest first.
    public var versions: [String]
    /// Visible comments.
    public var comments: Int
}

extension ConsultationStore {
    /// Opens a consultation on a draft expression, or, with `consultationId`, puts a new draft version under an
    /// existing one: its comments carry over, marked "changed" or "removed" where their provision changed.
    public func open(draft expressionURI: String, opens: Date, closes: Date, body: String? = nil,
                     consultationId: Int64? = nil, actor: String = "cli") throws(ConsultationError) -> Consultation {
        guard opens < closes else { throw ConsultationError(.invalid, "the comment period must close after it opens") }
        let version: ExpressionInfo
        do {
            version = try registry.resolve(expressionURI).0
        } catch {
            throw ConsultationError(.notFound, "\(expressionURI) is not in the registry: ingest the draft first (qonun ingest)")
        }
        guard version.expression == expressionURI else {
            throw ConsultationError(.invalid, "\(expressionURI) is not a draft expression URI; give the version's URI, such as \(version.expression)")
        }
        let newEIds = try provisionTexts(of: version.expression)
        var oldTexts: [String: String] = [:]
        if let consultationId {
            let previous = try consultation(consultationId).expression
            oldTexts = try provisionTexts(of: previous)
        }
        let at = now
        let id: Int64 = try write { db in
            if let consultationId {
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT work_uri, expression_uri FROM consultation WHERE id = ?"), arguments: [consultationId]) else {
                    throw ConsultationError(.notFound, "there is no consultation \(consultationId)")
                }
                guard row["work_uri"] as String == version.work else {
                    throw ConsultationError(.invalid, "\(expressionURI) is not a version of the draft under consultation \(consultationId) (\(row["work_uri"] as String))")
                }
                let previous: String = row["expression_uri"]
                try db.execute(sql: "UPDATE consultation SET expression_uri = ?, title = ?, opens_at = ?, closes_at = ?, closed_at = NULL, body = coalesce(?, body) WHERE id = ?",
                               arguments: [version.expression, version.title ?? version.work, opens.timeIntervalSince1970, closes.timeIntervalSince1970, body, consultationId])
                try db.execute(sql: "INSERT OR IGNORE INTO consultation_version(consultation_id, expression_uri, added_at) VALUES (?, ?, ?)",
                               arguments: [consultationId, version.expression, at.timeIntervalSince1970])
                try ConsultationStore.carryOver(db, consultationId: consultationId, old: oldTexts, new: newEIds)
                try ConsultationStore.appendAudit(db, at: at, actor: actor, action: "version", subject: "consultation:\(consultationId)",
                                                  payload: ["expression": version.expression, "previous": previous])
                return consultationId
            }
            try db.cachedStatement(sql: """
                INSERT INTO consultation(work_uri, expression_uri, title, language, body, opens_at, closes_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [version.work, version.expression, version.title ?? version.work, version.language, body,
                                 opens.timeIntervalSince1970, closes.timeIntervalSince1970, at.timeIntervalSince1970])
            let id = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO consultation_version(consultation_id, expression_uri, added_at) VALUES (?, ?, ?)",
                           arguments: [id, version.expression, at.timeIntervalSince1970])
            try ConsultationStore.appendAudit(db, at: at, actor: actor, action: "open", subject: "consultation:\(id)",
                                              payload: ["expression": version.expression, "opens": Timestamp.format(opens), "closes": Timestamp.format(closes)])
            return id
        }
        return try consultation(id)
    }

    /// Closes a consultation now (it also closes by itself at `closesAt`).
    public func close(_ id: Int64, actor: String = "cli") throws(ConsultationError) -> Consultation {
        let at = now
        try write { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT closes_at, closed_at FROM consultation WHERE id = ?"), arguments: [id]) else {
                throw ConsultationError(.notFound, "there is no consultation \(id)")
            }
            let closesAt: Double = row["closes_at"]
            let closedAt: Double? = row["closed_at"]
            if closedAt != nil || closesAt <= at.timeIntervalSince1970 {
                throw ConsultationError(.conflict, "consultation \(id) is already closed")
            }
            try db.cachedStatement(sql: "UPDATE consultation SET closed_at = ? WHERE id = ?").execute(arguments: [at.timeIntervalSince1970, id])
            try ConsultationStore.appendAudit(db, at: at, actor: actor, action: "close", subject: "consultation:\(id)", payload: [:])
        }
        return try consultation(id)
    }

    /// One consultation; `countingComments: false` skips the comment count when only the state is needed.
    public func consultation(_ id: Int64, countingComments: Bool = true) throws(ConsultationError) -> Consultation {
        guard let found = try consultations(where: "c.id = ?", [id], countingComments: countingComments).first else {
            throw ConsultationError(.notFound, "there is no consultation \(id)")
        }
        return found
    }

    /// Every consultation, newest first.
    public func consultations() throws(ConsultationError) -> [Consultation] {
        try consultations(where: "1", [])
    }

    private func consultations(where condition: String, _ arguments: [any DatabaseValueConvertible],
                               countingComments: Bool = true) throws(ConsultationError) -> [Consultation] {
        let at = now.timeIntervalSince1970
        let count = countingComments ? "(SELECT count(*) FROM comment m WHERE m.consultation_id = c.id AND m.hidden = 0)" : "0"
        return try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.*, \(count) AS comments
                FROM consultation c WHERE \(condition) ORDER BY c.id DESC
                """), arguments: StatementArguments(arguments)).map { row in
                let id: Int64 = row["id"]
                let opens: Double = row["opens_at"], closes: Double = row["closes_at"]
                let closed: Double? = row["closed_at"]
                let state: Consultation.State = at < opens ? .scheduled : (closed != nil || at >= closes ? .closed : .open)
                let versions = try String.fetchAll(db.cachedStatement(sql: "SELECT expression_uri FROM consultation_version WHERE consultation_id = ? ORDER BY added_at, rowid"), arguments: [id])
                return Consultation(id: id, work: row["work_uri"], expression: row["expression_uri"], title: row["title"], language: row["language"],
                                    body: row["body"], opensAt: Timestamp.format(Date(timeIntervalSince1970: opens)),
                                    closesAt: Timestamp.format(Date(timeIntervalSince1970: closes)),
                                    closedAt: closed.map { Timestamp.format(Date(timeIntervalSince1970: $0)) },
                                    state: state, versions: versions, comments: row["comments"])
            }
        }
    }

    /// eId → own text (num, heading, text, sub-provisions) of every provision of a draft version, cached by the
    /// version's content hash (a re-ingested draft with new content gets a new entry).
    func provisionTexts(of expression: String) throws(ConsultationError) -> [String: String] {
        do {
            let version = try registry.resolve(expression).0
            if let cached = textCache.get(version.contentHash) { return cached }
            let shown = try registry.show(expression)
            var texts: [String: String] = [:]
            func visit(_ node: StoredProvision) {
                if let eId = node.eId, texts[eId] == nil { texts[eId] = node.plainText() }
                node.children.forEach(visit)
            }
            (shown.provisions ?? []).forEach(visit)
            textCache.set(version.contentHash, texts)
            return texts
        } catch {
            throw ConsultationError(.notFound, "the draft \(expression) cannot be read: \(error)")
        }
    }

    /// Marks comments whose provision changed or disappeared in the new version.
    static func carryOver(_ db: Database, consultationId: Int64, old: [String: String], new: [String: String]) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, eid FROM comment WHERE consultation_id = ?"), arguments: [consultationId])
        for row in rows {
            let eId: String = row["eid"]
            let status: String?
            if new[eId] == nil { status = "removed" } else if old[eId] != new[eId] { status = "changed" } else { status = nil }
            if let status {
                try db.cachedStatement(sql: "UPDATE comment SET carry_status = ? WHERE id = ?").execute(arguments: [status, row["id"] as Int64])
            }
        }
    }
}

