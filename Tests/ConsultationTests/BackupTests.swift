import Foundation
import GRDB
import Testing
import TestSupport
@testable import Consultation
@testable import Registry

/// A backup taken while comments keep arriving holds every comment accepted before it started.
@Suite struct BackupTests {
    @Test func aBackupTakenUnderLoadRestoresEveryEarlierComment() async throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        for index in 0..<50 {
            _ = try f.store.post(NewComment(eId: "art_\(index % 30 + 1)", stance: .support, body: "Oldin \(index)"), to: id, by: f.others[index % 5])
        }
        let acceptedBefore = try f.store.comments(of: id).map(\.id)
        let writer = Task.detached {
            var posted = 0
            for index in 0..<150 {
                if (try? f.store.post(NewComment(eId: "art_\(index % 30 + 1)", stance: .oppose, body: "Davomida \(index)"), to: id, by: f.others[index % 5])) != nil {
                    posted += 1
                }
            }
            return posted
        }
        let folder = try Fixtures.temporaryFolder()
        let backup = folder.appendingPathComponent("backup.sqlite").path
        try f.registry.backup(to: backup)
        let posted = await writer.value
        #expect(posted == 150)
        let restoredPath = folder.appendingPathComponent("restored.sqlite").path
        try Registry.restore(from: backup, to: restoredPath)
        let restored = try ConsultationStore(registry: try Registry(path: restoredPath))
        let ids = Set(try restored.comments(of: id).map(\.id))
        #expect(Set(acceptedBefore).isSubset(of: ids))
        #expect(try restored.verifyAudit().isIntact)
        #expect(try Registry(path: restoredPath).integrityCheck() == "ok")
        #expect(try Registry(path: restoredPath).statistics().expressions == 15)
    }

    @Test func aBackupRestoresOverARegistryWithAnotherPageSize() throws {
        // New registries have 16 KiB pages; one written by an older Qonun has SQLite's 4 KiB, in WAL mode.
        let folder = try Fixtures.temporaryFolder()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        func pageSize(_ path: String) throws -> Int {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        }
        let old = try DatabaseQueue(path: path("old.sqlite"))
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE placeholder(x); PRAGMA journal_mode = WAL")
        }
        try old.close()
        do {
            // Registries are closed when released: restore wants no other connection open.
            let older = try Registry(path: path("old.sqlite"))
            #expect(Ingester(registry: older).ingest(paths: [Fixtures.corpusFiles[0]]).added == 1)
            try older.backup(to: path("old-backup.sqlite"))
        }
        let expected: (works: Int, expressions: Int, provisions: Int)
        do {
            let current = try Registry(path: path("current.sqlite"))
            #expect(Ingester(registry: current).ingest(paths: Fixtures.corpusFiles).skipped == 0)
            expected = try current.statistics()
            try current.backup(to: path("current-backup.sqlite"))
        }
        #expect(try pageSize(path("old.sqlite")) == 4096)
        #expect(try pageSize(path("old-backup.sqlite")) == 4096)
        #expect(try pageSize(path("current-backup.sqlite")) == 16_384)

        try Registry.restore(from: path("current-backup.sqlite"), to: path("old.sqlite"))
        #expect(try pageSize(path("old.sqlite")) == 16_384)
        let restored = try Registry(path: path("old.sqlite"))
        #expect(try restored.statistics() == expected)
        #expect(try restored.integrityCheck() == "ok")
        #expect(try restored.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")

        // And back: a 4 KiB backup over a 16 KiB registry.
        try Registry.restore(from: path("old-backup.sqlite"), to: path("current.sqlite"))
        #expect(try pageSize(path("current.sqlite")) == 4096)
        #expect(try Registry(path: path("current.sqlite")).statistics().expressions == 1)
    }

    @Test func restoringAMissingOrDamagedBackupIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(throws: RegistryError.self) { try Registry.restore(from: folder.appendingPathComponent("none.sqlite").path, to: folder.appendingPathComponent("x.sqlite").path) }
        let junk = folder.appendingPathComponent("junk.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: junk)
        #expect(throws: RegistryError.self) { try Registry.restore(from: junk.path, to: folder.appendingPathComponent("y.sqlite").path) }
    }
}
