import Foundation
internal import GRDB

/// The latest top-level comments of each provision, kept in memory for campaign detection: a post compares its
/// words with them without reading and splitting hundreds of rows. The window is brought up to date from the
/// database inside the post's write transaction (comments with a larger id than it has seen), so comments written
/// by another process are never missed. It holds committed rows only (it is read before the post inserts), and a
/// comment's campaign never changes once written, so an entry never goes stale.
final class CampaignWindows: @unchecked Sendable {
    // Unchecked Sendable: every access holds `lock`; callers are inside a write transaction, one at a time.
    struct Entry {
        var id: Int64
        var campaignId: Int64?
        var accountId: Int64
        var words: [Substring]
    }

    struct Window {
        var entries: [Entry] = []   // oldest first
        var lastId: Int64 = 0
    }

    /// Comments kept per provision: enough for the latest `Campaigns.window` of other accounts in almost every case.
    static let capacity = Campaigns.window * 2

    private var windows: [String: Window] = [:]
    private let lock = NSLock()

    /// Runs `body` on the provision's window, first read from the database or brought up to date.
    func withWindow<T>(_ db: Database, consultationId: Int64, eId: String, _ body: (inout Window) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let key = "\(consultationId)~\(eId)"
        var window = windows[key] ?? Window()
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, campaign_id, account_id, fingerprint FROM comment
            WHERE consultation_id = ? AND eid = ? AND parent_id IS NULL AND id > ? ORDER BY id DESC LIMIT ?
            """), arguments: [consultationId, eId, window.lastId, CampaignWindows.capacity])
        for row in rows.reversed() {
            window.entries.append(Entry(id: row["id"], campaignId: row["campaign_id"], accountId: row["account_id"],
                                        words: (row["fingerprint"] as String).split(separator: " ")))
        }
        if let newest = rows.first { window.lastId = newest["id"] }
        if window.entries.count > CampaignWindows.capacity { window.entries.removeFirst(window.entries.count - CampaignWindows.capacity) }
        defer { windows[key] = window }
        return try body(&window)
    }
}
