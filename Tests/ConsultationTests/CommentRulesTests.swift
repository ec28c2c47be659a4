import Foundation
import Testing
import TestSupport
@testable import Consultation
@testable import Registry

/// The consultation rules of ../shared/DESIGN.md: comment windows, provisions, limits, threads.
@Suite struct CommentRulesTests {
    @Test func aConsultationOpensOnADraftExpressionAndListsItsState() throws {
        let f = try ConsultationFixture()
        let consultation = try f.openConsultation()
        #expect(consultation.state == .open)
        #expect(consultation.expression == ConsultationFixture.enacted)
        #expect(consultation.versions == [ConsultationFixture.enacted])
        #expect(consultation.opensAt == "2026-11-01T00:00:00Z")
        #expect(try f.store.consultations().map(\.id) == [consultation.id])
    }

    @Test func openingRefusesBadPeriodsUnknownDraftsAndWorkURIs() throws {
        let f = try ConsultationFixture()
        #expect(throws: ConsultationError(.invalid, "the comment period must close after it opens")) {
            try f.store.open(draft: ConsultationFixture.enacted, opens: ConsultationFixture.closes, closes: ConsultationFixture.opens)
        }
        #expect(throws: ConsultationError.self) { try f.store.open(draft: "/akn/uz/bill/2030-01-01/none/uzb@2030-01-01", opens: ConsultationFixture.opens, closes: ConsultationFixture.closes) }
        do {
            _ = try f.store.open(draft: "/akn/uz/act/2015-12-09/demo-egov", opens: ConsultationFixture.opens, closes: ConsultationFixture.closes)
            Issue.record("a work URI was accepted")
        } catch {
            #expect(error.kind == .invalid)
        }
    }

    @Test func commentsOutsideTheWindowAreRefusedWithTheDate() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let new = NewComment(eId: "art_1", stance: .support, body: "Yaxshi.")
        f.set("2026-10-31T23:59:59Z")
        #expect(throws: ConsultationError(.conflict, "consultation \(id) opens for comments on 2026-11-01T00:00:00Z")) { try f.store.post(new, to: id, by: f.citizen) }
        f.set("2026-12-01T00:00:00Z")
        #expect(throws: ConsultationError(.conflict, "consultation \(id) closed for comments on 2026-12-01T00:00:00Z")) { try f.store.post(new, to: id, by: f.citizen) }
        #expect(try f.store.consultation(id).state == .closed)
        f.set("2026-11-15T00:00:00Z")
        #expect(try f.store.post(new, to: id, by: f.citizen).id > 0)
        _ = try f.store.close(id)
        #expect(throws: ConsultationError.self) { try f.store.post(new, to: id, by: f.citizen) }
        #expect(try f.store.comments(of: id).count == 1)
    }

    @Test func aCommentNeedsAKnownProvisionAndABodyWithinTheLimit() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        #expect(throws: ConsultationError(.invalid, "the draft \(ConsultationFixture.enacted) has no provision 'art_99'")) {
            try f.store.post(NewComment(eId: "art_99", stance: .oppose, body: "x"), to: id, by: f.citizen)
        }
        #expect(throws: ConsultationError(.invalid, "the comment is empty")) {
            try f.store.post(NewComment(eId: "art_1", stance: .oppose, body: " \n\u{0007} "), to: id, by: f.citizen)
        }
        #expect(throws: ConsultationError(.invalid, "the comment has 5001 characters; the limit is 5000")) {
            try f.store.post(NewComment(eId: "art_1", stance: .oppose, body: String(repeating: "a", count: 5001)), to: id, by: f.citizen)
        }
        #expect(try f.store.post(NewComment(eId: "art_1", stance: .oppose, body: String(repeating: "ʻ", count: 5000)), to: id, by: f.citizen).body.count == 5000)
    }

    @Test func aQuoteMustComeFromTheProvision() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let ok = try f.store.post(NewComment(eId: "art_5__para_2", quote: "har  yili", stance: .oppose, body: "Har chorakda boʻlsin."), to: id, by: f.citizen)
        #expect(ok.quote == "har  yili")
        #expect(throws: ConsultationError(.invalid, "the quoted words are not in provision 'art_5__para_2'")) {
            try f.store.post(NewComment(eId: "art_5__para_2", quote: "har oyda", stance: .oppose, body: "x"), to: id, by: f.citizen)
        }
    }

    @Test func repliesNestAtMostThreeDeep() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        var parent = try f.store.post(NewComment(eId: "art_1", stance: .neutral, body: "Savol."), to: id, by: f.citizen)
        for depth in 1...3 {
            parent = try f.store.post(NewComment(eId: "art_1", stance: .neutral, body: "Javob \(depth)", parentId: parent.id), to: id, by: f.others[0])
        }
        #expect(throws: ConsultationError(.invalid, "replies nest at most 3 deep; reply higher up the thread")) {
            try f.store.post(NewComment(eId: "art_1", stance: .neutral, body: "Too deep", parentId: parent.id), to: id, by: f.citizen)
        }
        let other = try f.openConsultation(on: "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02").id
        #expect(throws: ConsultationError(.invalid, "comment \(parent.id) is not a comment of consultation \(other)")) {
            try f.store.post(NewComment(eId: "art_1", stance: .neutral, body: "x", parentId: parent.id), to: other, by: f.citizen)
        }
    }

    @Test func commentsShowThePseudonymAndNeverHTML() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let comment = try f.store.post(NewComment(eId: "art_1", stance: .support, body: "<script>alert(1)</script>"), to: id, by: f.citizen)
        #expect(comment.author == "Fuqaro")
        #expect(comment.body == "<script>alert(1)</script>", "stored as plain text; escaping is the renderer's job")
    }
}
