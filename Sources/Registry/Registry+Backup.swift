import Foundation
internal import GRDB

extension Registry {
    /// Copies the whole database (registry and consultation tables) to `file` with SQLite's online backup:
    /// safe while the server is writing; the copy is a consistent snapshot of one moment.
    public func backup(to file: String) throws(RegistryError) {
        do {
            if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
            let destination = try DatabaseQueue(path: file)
            try pool.backup(to: destination)
            try destination.close()
        } catch {
            throw .database("cannot back up to \(file): \(Registry.describe(error))")
        }
    }

    /// Replaces the database's content with the backup in `file` (SQLite's backup API, in the other direction).
    /// Stop the server first: open connections elsewhere would see the content change under them.
    public static func restore(from file: String, to path: String) throws(RegistryError) {
        guard FileManager.default.fileExists(atPath: file) else { throw .cannotOpen(path: file, reason: "no such backup file") }
        do {
            let source = try DatabaseQueue(path: file, configuration: { var c = Configuration(); c.readonly = true; return c }())
            let integrity = try source.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
            guard integrity == "ok" else { throw RegistryError.database("the backup \(file) is damaged: \(integrity ?? "no answer")") }
            // SQLite's backup cannot change the page size of a database in WAL mode, and the backup's page size
            // may differ from the target's (new registries use 16 KiB pages, older ones 4 KiB): the target
            // leaves WAL mode for the copy, takes the backup's page size with its pages, and returns to WAL.
            let target = try DatabaseQueue(path: path)
            try target.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try source.backup(to: target)
            try target.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try target.close()
        } catch let error as RegistryError {
            throw error
        } catch {
            throw .database("cannot restore \(file) into \(path): \(describe(error))")
        }
    }
}
