import Foundation
import Registry
internal import GRDB

/// A comment on one provision of a draft, as shown publicly: a pseudonym, never the account's name or e-mail.
public struct Comment: Sendable, Equatable, Encodable {
    /// The stance a comment takes.
    public enum Stance: String, Sendable, Codable, CaseIterable { case support, oppose, neutral }

    /// The comment's number.
    public var id: Int64
    /// The consultation.
    public var consultation: Int64
    /// The draft version commented on.
    public var expression: String
    /// The provision.
    public var eId: String
    /// The words quoted from the provision, if any.
    public var quote: String?
    /// support, oppose, neutral.
    public var stance: Stance
    /// Plain text, never rendered as HTML.
    public var body: String
    /// The comment replied to.
    public var parentId: Int64?
    /// The author's public pseudonym.
    public var author: String
    /// When (ISO 8601 UTC).
    public var createdAt: String
    /// Hidden by moderation or pending review after flags.
    public var hidden: Bool
    /// Net votes (up minus down).
    public var score: Int
    /// The first comment of its group of near-identical comments, when it is one of a campaign.
    public var campaignId: Int64?
    /// Comments in the same campaign group, this one included (1 when not part of a campaign).
    public var similar: Int
    /// "changed" or "removed" when the provision changed in a later draft version.
    public var carryStatus: String?
    /// The drafting body's decision.
    public var disposition: Disposition?
}

/// What the drafting body did with a comment.
public struct Disposition: Sendable, Equatable, Codable {
    /// The decisions a drafter can record.
    public enum Decision: String, Sendable, Codable, CaseIterable { case accepted, partly, rejected, noted }

    /// accepted, partly, rejected, noted.
    public var decision: Decision
    /// Why (required for rejected).
    public var reason: String?
    /// When.
    public var decidedAt: String
}

/// A new comment as submitted.
public struct NewComment: Sendable {
    /// The provision commented on.
    public var eId: String
    /// Words quoted from the provision.
    public var quote: String?
    /// The stance.
    public var stance: Comment.Stance
    /// The text.
    public var body: String
    /// The comment replied to.
    public var parentId: Int64?

    /// Creates a new comment.
    public init(eId: String, quote: String? = nil, stance: Comment.Stance, body: String, parentId: Int64? = nil) {
        self.eId = eId
        self.quote = quote
        self.stance = stance
        self.body = body
        self.parentId = parentId
    }
}

extension ConsultationStore {
    /// Posts a comment, enforcing the comment period, the provision, the length and the reply depth.
    public func post(_ new: NewComment, to consultationId: Int64, by account: Account) throws(ConsultationError) -> Comment {
        let consultation = try self.consultation(consultationId, countingComments: false)
        guard consultation.state == .open else {
            throw ConsultationError(.conflict, consultation.state == .scheduled
                ? "consultation \(consultationId) opens for comments on \(consultation.opensAt)"
                : "consultation \(consultationId) closed for comments on \(consultation.closedAt ?? consultation.closesAt)")
        }
        let body = ConsultationStore.cleaned(new.body)
        guard !body.isEmpty else { throw ConsultationError(.invalid, "the comment is empty") }
        guard body.count <= maxBodyLength else {
            throw ConsultationError(.invalid, "the comment has \(body.count) characters; the limit is \(maxBodyLength)")
        }
        let texts = try provisionTexts(of: consultation.expression)
        guard let provisionText = texts[new.eId] else {
            throw ConsultationError(.invalid, "the draft \(consultation.expression) has no provision '\(new.eId)'")
        }
        var quote = new.quote.map(ConsultationStore.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        if let given = quote {
            guard given.count <= 1_000 else { throw ConsultationError(.invalid, "the quote has more than 1,000 characters") }
            let haystack = TextNormal.collapse(provisionText)
            guard haystack.contains(TextNormal.collapse(given)) else {
                throw ConsultationError(.invalid, "the quoted words are not in provision '\(new.eId)'")
            }
            quote = given
        }
        let fingerprint = Campaigns.fingerprint(body)
        let at = now
        let id: Int64 = try write { db in
            var depth = 0
            if let parentId = new.parentId {
                guard let parent = try Row.fetchOne(db.cachedStatement(sql: "SELECT consultation_id, depth, eid FROM comment WHERE id = ?"), arguments: [parentId]),
                      parent["consultation_id"] as Int64 == consultationId else {
                    throw ConsultationError(.invalid, "comment \(parentId) is not a comment of consultation \(consultationId)")
                }
                depth = (parent["depth"] as Int) + 1
                guard depth <= maxReplyDepth else {
                    throw ConsultationError(.invalid, "replies nest at most \(maxReplyDepth) deep; reply higher up the thread")
                }
            }
            let campaign = try Campaigns.group(campaignWindows, db, consultationId: consultationId, eId: new.eId, fingerprint: fingerprint, accountId: account.id)
            try db.cachedStatement(sql: """
                INSERT INTO comment(consultation_id, expression_uri, eid, quote, stance, body, parent_id, depth, account_id, created_at, campaign_id, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [consultationId, consultation.expression, new.eId, quote, new.stance.rawValue, body, new.parentId, depth,
                                 account.id, at.timeIntervalSince1970, campaign, fingerprint])
            let id = db.lastInsertedRowID
            try ConsultationStore.appendAudit(db, at: at, actor: "account:\(account.id)", action: "comment", subject: "comment:\(id)",
                                              payload: ["consultation": String(consultationId), "eId": new.eId, "stance": new.stance.rawValue,
                                                        "body": body, "quote": quote ?? "", "parent": new.parentId.map(String.init) ?? ""])
            return id
        }
        return try comment(id)
    }

    /// One comment (hidden ones included: moderators need them).
    public func comment(_ id: Int64) throws(ConsultationError) -> Comment {
        guard let found = try comments(where: "c.id = ?", [id]).first else {
            throw ConsultationError(.notFound, "there is no comment \(id)")
        }
        return found
    }

    /// The visible comments of a consultation (of one provision when `eId` is given), in thread order.
    public func comments(of consultationId: Int64, eId: String? = nil, includeHidden: Bool = false) throws(ConsultationError) -> [Comment] {
        _ = try consultation(consultationId)
        var condition = "c.consultation_id = ?"
        var arguments: [any DatabaseValueConvertible] = [consultationId]
        if let eId { condition += " AND c.eid = ?"; arguments.append(eId) }
        if !includeHidden { condition += " AND c.hidden = 0" }
        return try comments(where: condition, arguments)
    }

    func comments(where condition: String, _ arguments: [any DatabaseValueConvertible]) throws(ConsultationError) -> [Comment] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.*, a.pseudonym,
                       coalesce((SELECT sum(value) FROM vote v WHERE v.comment_id = c.id), 0) AS score,
                       (SELECT count(*) FROM comment s WHERE s.campaign_id = coalesce(c.campaign_id, c.id)) + 1 AS similar,
                       d.decision, d.reason, d.decided_at
                FROM comment c JOIN account a ON a.id = c.account_id LEFT JOIN disposition d ON d.comment_id = c.id
                WHERE \(condition) ORDER BY c.eid, coalesce(c.parent_id, c.id), c.id
                """), arguments: StatementArguments(arguments)).map(ConsultationStore.comment)
        }
    }

    static func comment(_ row: Row) -> Comment {
        let decision: String? = row["decision"]
        let decidedAt: Double? = row["decided_at"]
        return Comment(id: row["id"], consultation: row["consultation_id"], expression: row["expression_uri"], eId: row["eid"],
                       quote: row["quote"], stance: Comment.Stance(rawValue: row["stance"]) ?? .neutral, body: row["body"],
                       parentId: row["parent_id"], author: row["pseudonym"],
                       createdAt: Timestamp.format(Date(timeIntervalSince1970: row["created_at"])),
                       hidden: row["hidden"], score: row["score"], campaignId: row["campaign_id"], similar: max(1, row["similar"]),
                       carryStatus: row["carry_status"],
                       disposition: decision.flatMap { Disposition.Decision(rawValue: $0) }.map {
                           Disposition(decision: $0, reason: row["reason"], decidedAt: Timestamp.format(Date(timeIntervalSince1970: decidedAt ?? 0)))
                       })
    }

    /// Removes control characters (keeping line breaks and tabs) and trims.
    static func cleaned(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" { result.unicodeScalars.append(scalar); continue }
            if scalar == "\r" { continue }
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format && scalar.value != 0x200D { continue }
            result.unicodeScalars.append(scalar)
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Whitespace-insensitive comparisons of provision text.
enum TextNormal {
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}
