public import Foundation
internal import Crypto
internal import GRDB

/// One exported comment: the fields documented in FIELDS.md. No e-mail, no sign-in name, no address.
public struct ExportedComment: Sendable, Codable, Equatable {
    public var id: Int64
    public var consultation: Int64
    public var expression: String
    public var eId: String
    public var parentId: Int64?
    public var authorId: String
    public var author: String
    public var stance: String
    public var quote: String?
    public var body: String
    public var createdAt: String
    public var score: Int
    public var campaignId: Int64?
    public var carryStatus: String?
    public var disposition: String?
    public var dispositionReason: String?
    public var dispositionAt: String?

    /// Column order of the CSV export.
    public static let csvColumns = ["id", "consultation", "expression", "eId", "parentId", "authorId", "author", "stance", "quote", "body",
                                    "createdAt", "score", "campaignId", "carryStatus", "disposition", "dispositionReason", "dispositionAt"]

    var csvValues: [String] {
        [String(id), String(consultation), expression, eId, parentId.map(String.init) ?? "", authorId, author, stance, quote ?? "", body,
         createdAt, String(score), campaignId.map(String.init) ?? "", carryStatus ?? "", disposition ?? "", dispositionReason ?? "", dispositionAt ?? ""]
    }
}

extension ConsultationStore {
    /// The visible comments of a consultation for open data, with a stable pseudonymous author id.
    public func export(_ consultationId: Int64) throws(ConsultationError) -> [ExportedComment] {
        let comments = try self.comments(of: consultationId)
        let authors: [Int64: String] = try read { db in
            let secret = try pseudonymSecret(db)
            let rows = try Row.fetchAll(db, sql: "SELECT id, account_id FROM comment WHERE consultation_id = ? AND hidden = 0", arguments: [consultationId])
            var map: [Int64: String] = [:]
            for row in rows {
                let account: Int64 = row["account_id"]
                let digest = HMAC<SHA256>.authenticationCode(for: Data("account:\(account)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
                map[row["id"]] = "a-" + digest.prefix(8).map { String(format: "%02x", $0) }.joined()
            }
            return map
        }
        return comments.map { comment in
            ExportedComment(id: comment.id, consultation: comment.consultation, expression: comment.expression, eId: comment.eId,
                            parentId: comment.parentId, authorId: authors[comment.id] ?? "", author: comment.author,
                            stance: comment.stance.rawValue, quote: comment.quote, body: comment.body, createdAt: comment.createdAt,
                            score: comment.score, campaignId: comment.campaignId, carryStatus: comment.carryStatus,
                            disposition: comment.disposition?.decision.rawValue, dispositionReason: comment.disposition?.reason,
                            dispositionAt: comment.disposition?.decidedAt)
        }
    }

    /// CSV (RFC 4180, UTF-8, header row). Cells that a spreadsheet would run as a formula are prefixed with `'`.
    public static func csv(_ comments: [ExportedComment]) -> String {
        var lines = [ExportedComment.csvColumns.joined(separator: ",")]
        for comment in comments { lines.append(comment.csvValues.map(csvCell).joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvCell(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// JSON array of the exported comments.
    public static func json(_ comments: [ExportedComment]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(comments)) ?? Data("[]".utf8)
    }
}
