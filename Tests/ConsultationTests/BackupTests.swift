import Foundation
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

    @Test func restoringAMissingOrDamagedBackupIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(throws: RegistryError.self) { try Registry.restore(from: folder.appendingPathComponent("none.sqlite").path, to: folder.appendingPathComponent("x.sqlite").path) }
        let junk = folder.appendingPathComponent("junk.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: junk)
        #expect(throws: RegistryError.self) { try Registry.restore(from: junk.path, to: folder.appendingPathComponent("y.sqlite").path) }
    }
}
