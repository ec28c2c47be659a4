import Foundation
import GRDB
import Testing
import TestSupport
@testable import Consultation
import Registry

/// Carry-over between draft versions, the audit chain, concurrency, exports and sign-in.
@Suite struct IntegrityTests {
    @Test func commentsCarryOverToANewDraftVersion() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let removed = try f.store.post(NewComment(eId: "art_20__para_1", stance: .oppose, body: "Notarial nusxa kerak emas"), to: id, by: f.citizen)
        let changed = try f.store.post(NewComment(eId: "art_5__para_2", stance: .oppose, body: "Har yili kam"), to: id, by: f.citizen)
        let same = try f.store.post(NewComment(eId: "art_1", stance: .support, body: "Maqsad aniq"), to: id, by: f.citizen)
        let updated = try f.store.open(draft: ConsultationFixture.amended, opens: ConsultationFixture.opens, closes: ConsultationFixture.closes, consultationId: id)
        #expect(updated.versions == [ConsultationFixture.enacted, ConsultationFixture.amended])
        #expect(updated.expression == ConsultationFixture.amended)
        #expect(try f.store.comment(removed.id).carryStatus == "removed")
        #expect(try f.store.comment(changed.id).carryStatus == "changed")
        #expect(try f.store.comment(same.id).carryStatus == nil)
        let report = try f.store.report(id)
        #expect(report.provisions.first { $0.eId == "art_5__para_2" }?.change == "changed")
        #expect(report.provisions.first { $0.eId == "art_5__para_2" }?.ops?.contains(DiffOp(op: .insert, text: "chorakda")) == true)
        #expect(report.provisions.first { $0.eId == "art_20__para_1" }?.change == "removed")
        #expect(report.provisions.first { $0.eId == "art_1" }?.change == "unchanged")
        // New comments go to the new version; the removed provision no longer takes comments.
        #expect(throws: ConsultationError.self) { try f.store.post(NewComment(eId: "art_20__para_1", stance: .oppose, body: "x"), to: id, by: f.citizen) }
        #expect(try f.store.post(NewComment(eId: "art_12_1", stance: .support, body: "Proaktiv xizmatlar yaxshi"), to: id, by: f.citizen).expression == ConsultationFixture.amended)
    }

    @Test func theAuditChainIsIntactAndDetectsEditsAndRemovals() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let comment = try f.store.post(NewComment(eId: "art_1", stance: .support, body: "Birinchi"), to: id, by: f.citizen)
        _ = try f.store.vote(on: comment.id, value: 1, by: f.others[0])
        _ = try f.store.flag(comment.id, reason: "x", by: f.others[1])
        _ = try f.store.moderate(comment.id, action: "hide", reason: "test", by: f.moderator)
        _ = try f.store.dispose(comment.id, decision: .noted, reason: nil, by: f.drafter)
        _ = try f.store.close(id)
        let intact = try f.store.verifyAudit()
        #expect(intact.isIntact)
        let actions = try f.store.auditEntries().map(\.action)
        #expect(Array(actions.suffix(7)) == ["open", "comment", "vote", "flag", "moderation", "disposition", "close"])

        let pool = try DatabaseQueue(path: f.registry.path)
        let commentSeq = try pool.read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM audit_log WHERE action = 'comment'") } ?? 0
        try pool.write { db in try db.execute(sql: "UPDATE audit_log SET payload = replace(payload, 'Birinchi', 'Ikkinchi') WHERE seq = ?", arguments: [commentSeq]) }
        let edited = try f.store.verifyAudit()
        #expect(edited.firstBadEntry == commentSeq)
        #expect(edited.problem == "entry \(commentSeq) was edited (its hash does not match its content)")
        try pool.write { db in try db.execute(sql: "UPDATE audit_log SET payload = replace(payload, 'Ikkinchi', 'Birinchi') WHERE seq = ?", arguments: [commentSeq]) }
        #expect(try f.store.verifyAudit().isIntact)
        try pool.write { db in try db.execute(sql: "DELETE FROM audit_log WHERE seq = ?", arguments: [commentSeq + 1]) }
        #expect(try f.store.verifyAudit().firstBadEntry == commentSeq + 1)
    }

    @Test func removingTheLastEntriesIsDetected() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        _ = try f.store.post(NewComment(eId: "art_1", stance: .support, body: "Bir"), to: id, by: f.citizen)
        let last = try f.store.auditEntries().last?.seq ?? 0
        let pool = try DatabaseQueue(path: f.registry.path)
        try pool.write { db in try db.execute(sql: "DELETE FROM audit_log WHERE seq = ?", arguments: [last]) }
        let result = try f.store.verifyAudit()
        #expect(!result.isIntact)
        #expect(result.problem == "entries after \(last - 1) were removed (the log's head is entry \(last))")
    }

    @Test func twoHundredConcurrentCommentsAreAllStoredAndChained() async throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let accounts = [f.citizen] + f.others
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    _ = try f.store.post(NewComment(eId: "art_\(index % 34 + 1)", stance: .neutral, body: "Izoh raqami \(index) — \(UUID())"),
                                         to: id, by: accounts[index % accounts.count])
                }
            }
            try await group.waitForAll()
        }
        #expect(try f.store.comments(of: id).count == 200)
        let audit = try f.store.verifyAudit()
        #expect(audit.isIntact)
        #expect(try f.store.auditEntries(limit: 1000).filter { $0.action == "comment" }.count == 200)
    }

    @Test func exportsCarryAStablePseudonymousIdAndNoPersonalData() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        _ = try f.store.post(NewComment(eId: "art_1", stance: .support, body: "=HYPERLINK(\"http://evil\")"), to: id, by: f.citizen)
        _ = try f.store.post(NewComment(eId: "art_2", stance: .oppose, body: "Ikkinchi, \"qoʻshtirnoq\" bilan"), to: id, by: f.citizen)
        let hidden = try f.store.post(NewComment(eId: "art_3", stance: .neutral, body: "Yashirin"), to: id, by: f.others[0])
        _ = try f.store.moderate(hidden.id, action: "hide", reason: "off topic", by: f.moderator)
        let first = try f.store.export(id)
        #expect(first.count == 2)
        #expect(Set(first.map(\.authorId)).count == 1)
        #expect(first[0].authorId.hasPrefix("a-") && first[0].authorId.count == 18)
        #expect(try f.store.export(id).map(\.authorId) == first.map(\.authorId), "stable across exports")
        let csv = ConsultationStore.csv(first)
        #expect(!csv.contains("citizen@example.uz") && !csv.contains(",citizen,"))
        #expect(csv.hasPrefix("id,consultation,expression,eId,parentId,authorId,author,stance,quote,body,createdAt,score,campaignId,carryStatus,disposition,dispositionReason,dispositionAt\r\n"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
        #expect(csv.contains("\"Ikkinchi, \"\"qoʻshtirnoq\"\" bilan\""))
        let json = String(decoding: ConsultationStore.json(first), as: UTF8.self)
        #expect(!json.contains("example.uz") && !json.contains("Yashirin"))
    }

    @Test func signInChecksThePasswordThrottlesAndOpensSessions() throws {
        let f = try ConsultationFixture()
        #expect(throws: ConsultationError(.unauthenticated, "the name or the password is wrong")) { try f.store.signIn(name: "citizen", password: "nope-nope", ip: "10.0.0.1") }
        let session = try f.store.signIn(name: "citizen", password: "password-1", ip: "10.0.0.1")
        #expect(try f.store.session(token: session.token)?.account.name == "citizen")
        #expect(try f.store.session(token: "forged") == nil)
        try f.store.signOut(token: session.token)
        #expect(try f.store.session(token: session.token) == nil)
        for _ in 0..<5 { _ = try? f.store.signIn(name: "citizen1", password: "wrong-pass", ip: "10.0.0.2") }
        #expect(throws: ConsultationError(.throttled, "too many failed sign-ins; wait 15 minutes and try again")) {
            try f.store.signIn(name: "citizen1", password: "password-1", ip: "10.0.0.3")
        }
        f.set("2026-11-10T12:20:00Z")
        #expect(try f.store.signIn(name: "citizen1", password: "password-1", ip: "10.0.0.3").account.name == "citizen1")
    }

    @Test func accountsNeedAValidUniqueNameAndALongPassword() throws {
        let f = try ConsultationFixture()
        #expect(throws: ConsultationError(.conflict, "the name 'citizen' is already taken")) { try f.store.addAccount(name: "citizen", password: "password-1", role: .citizen, bcryptCost: 4) }
        #expect(throws: ConsultationError(.invalid, "the password must have at least 8 characters")) { try f.store.addAccount(name: "newone", password: "short", role: .citizen, bcryptCost: 4) }
        #expect(throws: ConsultationError.self) { try f.store.addAccount(name: "a b", password: "password-1", role: .citizen, bcryptCost: 4) }
    }
}
