import Foundation
internal import GRDB

extension ConsultationStore {
    /// Records (or changes) an account's vote on a comment: +1 or -1.
    public func vote(on commentId: Int64, value: Int, by account: Account) throws(ConsultationError) -> Comment {
        guard value == 1 || value == -1 else { throw ConsultationError(.invalid, "a vote is 1 (up) or -1 (down)") }
        let comment = try self.comment(commentId)
        try requireOpen(comment.consultation, for: "votes")
        let at = now
        try write { db in
            try db.execute(sql: "INSERT INTO vote(comment_id, account_id, value) VALUES (?, ?, ?) ON CONFLICT(comment_id, account_id) DO UPDATE SET value = excluded.value",
                           arguments: [commentId, account.id, value])
            try ConsultationStore.appendAudit(db, at: at, actor: "account:\(account.id)", action: "vote", subject: "comment:\(commentId)",
                                              payload: ["value": String(value)])
        }
        return try self.comment(commentId)
    }

    /// Flags a comment for moderators; at `flagsToHide` distinct flags it is hidden pending review.
    public func flag(_ commentId: Int64, reason: String?, by account: Account) throws(ConsultationError) -> Comment {
        let comment = try self.comment(commentId)
        let cleanedReason = reason.map(ConsultationStore.cleaned).flatMap { $0.isEmpty ? nil : String($0.prefix(500)) }
        let at = now
        let threshold = flagsToHide
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM flag WHERE comment_id = ? AND account_id = ?", arguments: [commentId, account.id]) == true {
                throw ConsultationError(.conflict, "you have already flagged comment \(commentId)")
            }
            try db.execute(sql: "INSERT INTO flag(comment_id, account_id, reason, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [commentId, account.id, cleanedReason, at.timeIntervalSince1970])
            try ConsultationStore.appendAudit(db, at: at, actor: "account:\(account.id)", action: "flag", subject: "comment:\(commentId)",
                                              payload: ["reason": cleanedReason ?? ""])
            let flags = try Int.fetchOne(db, sql: "SELECT count(*) FROM flag WHERE comment_id = ?", arguments: [commentId]) ?? 0
            if flags >= threshold, !comment.hidden {
                try db.execute(sql: "UPDATE comment SET hidden = 1, pending_review = 1, hidden_reason = ? WHERE id = ?",
                               arguments: ["hidden after \(flags) flags, pending review", commentId])
                try ConsultationStore.appendAudit(db, at: at, actor: "system", action: "moderation", subject: "comment:\(commentId)",
                                                  payload: ["action": "hide", "reason": "\(flags) flags, pending review"])
            }
        }
        return try self.comment(commentId)
    }

    /// Hides or restores a comment, with a reason; moderators and admins only.
    public func moderate(_ commentId: Int64, action: String, reason: String, by account: Account) throws(ConsultationError) -> Comment {
        guard account.canModerate else { throw ConsultationError(.forbidden, "only moderators can hide or restore comments") }
        guard action == "hide" || action == "restore" else { throw ConsultationError(.invalid, "the action is 'hide' or 'restore'") }
        let why = ConsultationStore.cleaned(reason)
        guard !why.isEmpty else { throw ConsultationError(.invalid, "a moderation needs a reason") }
        _ = try self.comment(commentId)
        let at = now
        try write { db in
            try db.execute(sql: "UPDATE comment SET hidden = ?, pending_review = 0, hidden_reason = ? WHERE id = ?",
                           arguments: [action == "hide", action == "hide" ? why : nil, commentId])
            try ConsultationStore.appendAudit(db, at: at, actor: "account:\(account.id)", action: "moderation", subject: "comment:\(commentId)",
                                              payload: ["action": action, "reason": why])
        }
        return try self.comment(commentId)
    }

    /// Records the drafting body's decision on a comment; drafters and admins only; rejections need a reason.
    public func dispose(_ commentId: Int64, decision: Disposition.Decision, reason: String?, by account: Account) throws(ConsultationError) -> Comment {
        guard account.canDispose else { throw ConsultationError(.forbidden, "only the drafting body (drafters) can record dispositions") }
        let why = reason.map(ConsultationStore.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        if decision == .rejected && why == nil { throw ConsultationError(.invalid, "a rejection needs a reason") }
        if let why, why.count > maxBodyLength { throw ConsultationError(.invalid, "the reason is longer than \(maxBodyLength) characters") }
        _ = try self.comment(commentId)
        let at = now
        try write { db in
            try db.execute(sql: """
                INSERT INTO disposition(comment_id, decision, reason, account_id, decided_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(comment_id) DO UPDATE SET decision = excluded.decision, reason = excluded.reason,
                    account_id = excluded.account_id, decided_at = excluded.decided_at
                """, arguments: [commentId, decision.rawValue, why, account.id, at.timeIntervalSince1970])
            try ConsultationStore.appendAudit(db, at: at, actor: "account:\(account.id)", action: "disposition", subject: "comment:\(commentId)",
                                              payload: ["decision": decision.rawValue, "reason": why ?? ""])
        }
        return try self.comment(commentId)
    }

    func requireOpen(_ consultationId: Int64, for what: String) throws(ConsultationError) {
        let consultation = try self.consultation(consultationId)
        guard consultation.state == .open else {
            throw ConsultationError(.conflict, "consultation \(consultationId) is \(consultation.state.rawValue): \(what) are not accepted")
        }
    }
}
