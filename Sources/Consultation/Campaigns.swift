import Registry
internal import GRDB

/// Near-identical comments from different accounts ("campaigns") are grouped, never deleted: each new comment
/// joins the group of a recent earlier comment on the same provision whose words overlap it by 85% or more
/// (the group is named after its first comment).
enum Campaigns {
    static let threshold = 0.85

    /// The comment's words, folded like the search index folds them, deduplicated and sorted.
    static func fingerprint(_ body: String) -> String {
        Array(Set(SearchFolding.words(in: body))).sorted().joined(separator: " ")
    }

    /// The campaign group a new comment joins, or nil.
    static func group(_ db: Database, consultationId: Int64, eId: String, fingerprint: String, accountId: Int64) throws -> Int64? {
        let words = Set(fingerprint.split(separator: " "))
        guard words.count >= 3 else { return nil }
        // Campaigns arrive in bursts: comparing with the latest 500 top-level comments on the provision keeps a
        // post's cost bounded however many comments a provision collects.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, campaign_id, fingerprint FROM comment
            WHERE consultation_id = ? AND eid = ? AND account_id <> ? AND parent_id IS NULL ORDER BY id DESC LIMIT 500
            """, arguments: [consultationId, eId, accountId])
        while let row = try rows.next() {
            let other = Set((row["fingerprint"] as String).split(separator: " "))
            let union = words.union(other).count
            guard union > 0 else { continue }
            if Double(words.intersection(other).count) / Double(union) >= threshold {
                return (row["campaign_id"] as Int64?) ?? (row["id"] as Int64)
            }
        }
        return nil
    }
}
