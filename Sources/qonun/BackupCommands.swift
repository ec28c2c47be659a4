import ArgumentParser
import Foundation
import Registry

/// `qonun backup`: an online copy of the database.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database to a file with SQLite's online backup (safe while the server runs).",
        discussion: "Examples:\n  qonun backup --db qonun.sqlite --to backups/qonun-2026-11-25.sqlite"
    )
    @OptionGroup var registry: RegistryOptions
    @Option(help: "The backup file to write.") var to: String

    func run() throws {
        let store = try registry.open(command: "backup")
        do {
            try store.backup(to: to)
            print("backed up \(registry.path) to \(to)")
        } catch {
            throw fail("backup", error)
        }
    }
}

/// `qonun restore`: put a backup back.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the database with a backup (checked first with PRAGMA integrity_check). Stop the server first.",
        discussion: "Examples:\n  qonun restore --db qonun.sqlite --from backups/qonun-2026-11-25.sqlite"
    )
    @OptionGroup var registry: RegistryOptions
    @Option(help: "The backup file to restore.") var from: String

    func run() throws {
        do {
            try Registry.restore(from: from, to: registry.path)
            print("restored \(from) into \(registry.path)")
        } catch {
            throw fail("restore", error)
        }
    }
}
