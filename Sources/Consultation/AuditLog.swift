import Foundation
internal import Crypto
import Registry
internal import GRDB

/// One entry of the append-only audit log.
public struct AuditEntry: Sendable, Codable, Equatable {
    /// Position in the log, from 1.
    public var seq: Int64
    /// When, ISO 8601 UTC.
    public var at: String
    /// Who: `account:NAME` or `cli`.
    public var actor: String
    /// What: comment, vote, flag, moderation, disposition, open, close, version, account.
    public var action: String
    /// What it concerns: `consultation:3`, `comment:17`.
    public var subject: String
    /// The change itself, as JSON.
    public var payload: String
    /// The previous entry's hash.
    public var prevHash: String
    /// SHA-256 of this entry's fields and the previous hash.
    public var hash: String
}

/// The result of checking the chain.
public struct AuditVerification: Sendable, Equatable {
    /// How many entries were checked.
    public var entries: Int
    /// The first entry found edited, missing or out of order; nil when the chain is intact.
    public var firstBadEntry: Int64?
    /// Why it is bad.
    public var problem: String?

    /// True when every entry chains to the previous one.
    public var isIntact: Bool { firstBadEntry == nil }
}

extension ConsultationStore {
    static let genesisHash = String(repeating: "0", count: 64)

    /// Appends an entry in the caller's transaction, so a change and its log entry commit together.
    static func appendAudit(_ db: Database, at: Date, actor: String, action: String, subject: String,
                            payload: [String: String]) throws {
        let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM audit_head WHERE id = 1"))
        let seq: Int64 = (head?["seq"] ?? 0) + 1
        let previous: String = head?["hash"] ?? genesisHash
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: (try? encoder.encode(payload)) ?? Data("{}".utf8), as: UTF8.self)
        let when = Timestamp.format(at)
        let hash = entryHash(seq: seq, at: when, actor: actor, action: action, subject: subject, payload: json, previous: previous)
        try db.execute(sql: "INSERT INTO audit_log(seq, at, actor, action, subject, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [seq, when, actor, action, subject, json, previous, hash])
        try db.execute(sql: "INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                       arguments: [seq, hash])
    }

    static func entryHash(seq: Int64, at: String, actor: String, action: String, subject: String, payload: String, previous: String) -> String {
        let text = [String(seq), at, actor, action, subject, payload, previous].joined(separator: "\u{1F}")
        return HexDigest.string(SHA256.hash(data: Data(text.utf8)))
    }

    /// Walks the whole chain: every entry's hash recomputed, every link to the previous entry checked,
    /// no gap in the sequence, and the head matching the last entry.
    public func verifyAudit() throws(ConsultationError) -> AuditVerification {
        try read { db in
            var previous = ConsultationStore.genesisHash
            var expected: Int64 = 1
            var count = 0
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT seq, at, actor, action, subject, payload, prev_hash, hash FROM audit_log ORDER BY seq"))
            while let row = try cursor.next() {
                count += 1
                let seq: Int64 = row["seq"]
                if seq != expected {
                    return AuditVerification(entries: count, firstBadEntry: expected, problem: "entry \(expected) is missing")
                }
                let stored: String = row["hash"]
                if row["prev_hash"] as String != previous {
                    return AuditVerification(entries: count, firstBadEntry: seq, problem: "entry \(seq) does not chain to entry \(seq - 1)")
                }
                let recomputed = ConsultationStore.entryHash(seq: seq, at: row["at"], actor: row["actor"], action: row["action"],
                                                             subject: row["subject"], payload: row["payload"], previous: previous)
                if recomputed != stored {
                    return AuditVerification(entries: count, firstBadEntry: seq, problem: "entry \(seq) was edited (its hash does not match its content)")
                }
                previous = stored
                expected += 1
            }
            if let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM audit_head WHERE id = 1")) {
                let headSeq: Int64 = head["seq"]
                if headSeq != expected - 1 || head["hash"] as String != previous {
                    return AuditVerification(entries: count, firstBadEntry: min(headSeq, expected),
                                             problem: "entries after \(expected - 1) were removed (the log's head is entry \(headSeq))")
                }
            } else if count > 0 {
                return AuditVerification(entries: count, firstBadEntry: 1, problem: "the log's head record was removed")
            }
            return AuditVerification(entries: count, firstBadEntry: nil, problem: nil)
        }
    }

    /// The number of the audit log's last entry: every change to consultations, comments, votes, flags,
    /// moderation and dispositions appends one, so a page rendered at one value is still right at the same value.
    public func changeCount() throws(ConsultationError) -> Int64 {
        try read { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM audit_head WHERE id = 1")) ?? 0 }
    }

    /// A stamp that changes with every write of this process at once, and with writes of other processes within
    /// `maxAge` seconds (the audit head is read from the database at most that often).
    public func changeStamp(maxAge: Double = 0.1) throws(ConsultationError) -> ChangeStamp {
        do {
            return try changes.stamp(maxAge: maxAge, now: Date()) { try changeCount() }
        } catch let error as ConsultationError { throw error } catch {
            throw ConsultationError(.storage, "database error: \(error)")
        }
    }

    /// The last `limit` entries, newest last.
    public func auditEntries(limit: Int = 100) throws(ConsultationError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?) ORDER BY seq"), arguments: [limit]).map { row in
                AuditEntry(seq: row["seq"], at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"],
                           payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"])
            }
        }
    }
}
