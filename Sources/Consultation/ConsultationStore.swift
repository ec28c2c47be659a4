public import Foundation
public import Registry
internal import GRDB

/// Consultations on draft laws, their comments, votes, flags, moderation and dispositions, the accounts
/// that make them, and the audit log of every change. Stored in the registry's SQLite file, in tables of
/// its own; drafts and their provisions are read through the registry.
public final class ConsultationStore: Sendable {
    let pool: DatabasePool
    /// The registry the drafts live in.
    public let registry: Registry
    /// The clock: injectable so tests can move through a comment period.
    let clock: @Sendable () -> Date
    /// How many flags hide a comment pending review.
    public let flagsToHide = 3
    /// The longest comment body, in characters.
    public let maxBodyLength = 5_000
    /// Replies nest at most this deep (a top-level comment has depth 0).
    public let maxReplyDepth = 3
    /// Draft provision texts by content hash: every post checks its eId and quote against them.
    let textCache = TextCache()
    /// The latest top-level comments of each provision, for campaign detection.
    let campaignWindows = CampaignWindows()
    /// This process's writes, and the last reading of the audit head.
    let changes = ChangeCounter()

    /// Opens the consultation tables of the registry's database, creating them when needed.
    public init(registry: Registry, clock: @escaping @Sendable () -> Date = { Date() }) throws(ConsultationError) {
        self.registry = registry
        self.clock = clock
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 8 MiB of page cache per connection: comments and audit entries are appended, so the pages a post
            // touches are few and hot; a bigger cache only grows the server's memory as the file grows.
            try db.execute(sql: "PRAGMA cache_size = -8192")
        }
        do {
            pool = try DatabasePool(path: registry.path, configuration: configuration)
            try ConsultationMigrations.migrator.migrate(pool)
        } catch {
            throw ConsultationError(.storage, "cannot open the consultation tables in \(registry.path): \(error)")
        }
    }

    var now: Date { clock() }

    func read<T>(_ body: (Database) throws -> T) throws(ConsultationError) -> T {
        do { return try pool.read(body) } catch let error as ConsultationError { throw error } catch {
            throw ConsultationError(.storage, "database error: \(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(ConsultationError) -> T {
        do {
            let result = try pool.write(body)
            changes.noteWrite()
            return result
        } catch let error as ConsultationError { throw error } catch {
            throw ConsultationError(.storage, "database error: \(error)")
        }
    }

    /// The secret that makes exported author ids stable but not reversible.
    func pseudonymSecret(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM consultation_setting WHERE name = 'pseudonym_secret'") ?? ""
    }
}

/// A small thread-safe cache of draft provision texts.
final class TextCache: @unchecked Sendable {
    // Unchecked Sendable: every access holds the lock.
    private var entries: [String: [String: String]] = [:]
    private let lock = NSLock()

    func get(_ key: String) -> [String: String]? { lock.lock(); defer { lock.unlock() }; return entries[key] }

    func set(_ key: String, _ value: [String: String]) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count > 64 { entries.removeAll() }
        entries[key] = value
    }
}
