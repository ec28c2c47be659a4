import Foundation
internal import GRDB
internal import Synchronization

/// The versioned law registry: an SQLite database (WAL mode) of works, their dated expressions in each
/// language, their provisions with full-text search, lifecycle events and amendments.
public final class Registry: Sendable {
    let pool: DatabasePool
    /// The aliases searches read (see `PassageAliases`), shared by every connection.
    let aliasCache = Mutex<PassageAliases?>(nil)
    /// The database file.
    public let path: String

    /// Opens (creating and migrating when needed) the registry at `path`.
    public init(path: String) throws(RegistryError) {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // A new database gets 16 KiB pages (SQLite's default is 4 KiB): ingest writes a quarter of the pages
            // and a stored source rarely spills over more than one (measured: 5-35% faster ingest, in three of
            // three alternated runs). An existing database keeps its page size; this is a no-op on it.
            try db.execute(sql: "PRAGMA page_size = \(Registry.pageSize)")
            db.add(tokenizer: QonunTokenizer.self)
            try SearchRanking.register(on: db)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MiB of page cache per connection: search touches many FTS and provision pages.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Savepoint journals (ingest opens one per file) and sorts stay in memory instead of spilling to
            // temporary files.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        configuration.busyMode = .timeout(10)
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try RegistryMigrations.migrator.migrate(pool)
        } catch {
            throw .cannotOpen(path: path, reason: Registry.describe(error))
        }
    }

    /// The page size of a new registry database.
    static let pageSize = 16_384

    /// The default database: `$QONUN_DB`, else `./qonun.sqlite`.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["QONUN_DB"], !path.isEmpty { return path }
        return "qonun.sqlite"
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }

    /// Runs a read, mapping database errors to `RegistryError`.
    func read<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do {
            return try pool.read(body)
        } catch let error as RegistryError {
            throw error
        } catch {
            throw .database(Registry.describe(error))
        }
    }

    /// Runs a write transaction, mapping database errors to `RegistryError`.
    func write<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do {
            return try pool.write(body)
        } catch let error as RegistryError {
            throw error
        } catch {
            throw .database(Registry.describe(error))
        }
    }

    /// Runs a write transaction without foreign-key enforcement, for ingest: the rows it writes are consistent
    /// by construction (a provision's parent is computed in the same expression; an expression's dependants are
    /// deleted with it explicitly), and the checks cost more than the inserts (two lookups per provision). Tests
    /// run `PRAGMA foreign_key_check` after ingest and replacement.
    func writeUnchecked<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw RegistryError.database("the write transaction produced no result") }
                return result
            }
        } catch let error as RegistryError {
            throw error
        } catch {
            throw .database(Registry.describe(error))
        }
    }

    /// Counts of what the registry holds.
    public func statistics() throws(RegistryError) -> (works: Int, expressions: Int, provisions: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM work") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM expression") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM provision") ?? 0)
        }
    }

    /// `PRAGMA integrity_check`: "ok" when the database is sound.
    public func integrityCheck() throws(RegistryError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
