import Registry
internal import GRDB

/// Near-identical comments from different accounts ("campaigns") are grouped, never deleted: each new comment
/// joins the group of the latest of the recent top-level comments on the same provision, from other accounts,
/// whose words overlap it by 85% or more (Jaccard similarity of the folded word sets; the group is named after its
/// first comment).
enum Campaigns {
    /// The similarity threshold, in percent.
    static let thresholdPercent = 85
    /// Campaigns arrive in bursts: the latest this many top-level comments of other accounts on the provision are
    /// compared, which keeps a post's cost bounded however many comments a provision collects.
    static let window = 500

    /// The comment's words, folded like the search index folds them, deduplicated and sorted.
    static func fingerprint(_ body: String) -> String {
        Array(Set(SearchFolding.words(in: body))).sorted().joined(separator: " ")
    }

    /// The campaign group a new comment joins, or nil.
    static func group(_ windows: CampaignWindows, _ db: Database, consultationId: Int64, eId: String, fingerprint: String,
                      accountId: Int64) throws -> Int64? {
        let words = fingerprint.split(separator: " ")
        guard words.count >= 3 else { return nil }
        return try windows.withWindow(db, consultationId: consultationId, eId: eId) { window in
            var compared = 0
            for entry in window.entries.reversed() where entry.accountId != accountId {
                guard compared < Campaigns.window else { break }
                compared += 1
                let shared = sharedCount(words, entry.words)
                let union = words.count + entry.words.count - shared
                if union > 0, shared * 100 >= thresholdPercent * union { return entry.campaignId ?? entry.id }
            }
            return nil
        }
    }

    /// The number of words two sorted, duplicate-free word lists (fingerprints) share: a merge, no hashing.
    static func sharedCount(_ a: [Substring], _ b: [Substring]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}
