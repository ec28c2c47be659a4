import Foundation
import Testing
import TestSupport
@testable import Consultation

/// Votes, flags, moderation, dispositions and campaigns.
@Suite struct ModerationTests {
    @Test func threeFlagsHideACommentPendingReviewAndAModeratorRestoresIt() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let comment = try f.store.post(NewComment(eId: "art_2", stance: .oppose, body: "Spam spam"), to: id, by: f.citizen)
        _ = try f.store.flag(comment.id, reason: "spam", by: f.others[0])
        #expect(throws: ConsultationError(.conflict, "you have already flagged comment \(comment.id)")) { try f.store.flag(comment.id, reason: nil, by: f.others[0]) }
        _ = try f.store.flag(comment.id, reason: nil, by: f.others[1])
        #expect(try f.store.comments(of: id).count == 1)
        let hidden = try f.store.flag(comment.id, reason: nil, by: f.others[2])
        #expect(hidden.hidden)
        #expect(try f.store.comments(of: id).isEmpty)
        #expect(throws: ConsultationError(.forbidden, "only moderators can hide or restore comments")) {
            try f.store.moderate(comment.id, action: "restore", reason: "ok", by: f.citizen)
        }
        #expect(throws: ConsultationError(.invalid, "a moderation needs a reason")) { try f.store.moderate(comment.id, action: "restore", reason: " ", by: f.moderator) }
        #expect(try f.store.moderate(comment.id, action: "restore", reason: "not spam", by: f.moderator).hidden == false)
        #expect(try f.store.comments(of: id).count == 1)
    }

    @Test func votesCountOncePerAccount() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let comment = try f.store.post(NewComment(eId: "art_2", stance: .support, body: "Ha"), to: id, by: f.citizen)
        _ = try f.store.vote(on: comment.id, value: 1, by: f.others[0])
        _ = try f.store.vote(on: comment.id, value: 1, by: f.others[0])
        _ = try f.store.vote(on: comment.id, value: 1, by: f.others[1])
        #expect(try f.store.vote(on: comment.id, value: -1, by: f.others[2]).score == 1)
        #expect(throws: ConsultationError(.invalid, "a vote is 1 (up) or -1 (down)")) { try f.store.vote(on: comment.id, value: 5, by: f.others[3]) }
    }

    @Test func onlyDraftersRecordDispositionsAndRejectionsNeedAReason() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let comment = try f.store.post(NewComment(eId: "art_3", stance: .oppose, body: "Qarshiman"), to: id, by: f.citizen)
        #expect(throws: ConsultationError(.forbidden, "only the drafting body (drafters) can record dispositions")) {
            try f.store.dispose(comment.id, decision: .accepted, reason: nil, by: f.moderator)
        }
        #expect(throws: ConsultationError(.invalid, "a rejection needs a reason")) { try f.store.dispose(comment.id, decision: .rejected, reason: "", by: f.drafter) }
        let disposed = try f.store.dispose(comment.id, decision: .rejected, reason: "Contradicts article 7", by: f.drafter)
        #expect(disposed.disposition?.decision == .rejected)
        #expect(disposed.disposition?.reason == "Contradicts article 7")
        #expect(try f.store.dispose(comment.id, decision: .partly, reason: nil, by: f.drafter).disposition?.decision == .partly)
    }

    @Test func nearIdenticalCommentsFromDifferentAccountsAreGroupedNotDeleted() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let text = "Ushbu moddani toʻliq olib tashlashni talab qilamiz, u fuqarolar huquqlarini cheklaydi"
        let first = try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: text), to: id, by: f.others[0])
        _ = try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: text + "!"), to: id, by: f.others[1])
        _ = try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: "USHBU moddani to‘liq olib tashlashni talab qilamiz, u fuqarolar huquqlarini cheklaydi."), to: id, by: f.others[2])
        let distinct = try f.store.post(NewComment(eId: "art_4", stance: .support, body: "Men bu moddani qoʻllab-quvvatlayman, u aniq va tushunarli yozilgan"), to: id, by: f.others[3])
        let comments = try f.store.comments(of: id, eId: "art_4")
        #expect(comments.count == 4)
        #expect(comments.filter { $0.campaignId == first.id }.count == 2)
        #expect(comments.first { $0.id == first.id }?.similar == 3)
        #expect(comments.first { $0.id == distinct.id }?.similar == 1)
        let report = try f.store.report(id)
        #expect(report.campaigns == 1)
        #expect(report.provisions.first { $0.eId == "art_4" }?.oppose == 3)
    }

    @Test func campaignsAreFoundAcrossStoresWritingTheSameDatabase() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let clock = f.now
        let second = try ConsultationStore(registry: f.registry, clock: { clock() })
        let text = "Ushbu moddani toʻliq olib tashlashni talab qilamiz, u fuqarolar huquqlarini cheklaydi"
        let first = try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: text), to: id, by: f.others[0])
        // The other store (another server process) has never seen the provision: it reads its window from the file.
        let echo = try second.post(NewComment(eId: "art_4", stance: .oppose, body: text + "!"), to: id, by: f.others[1])
        #expect(echo.campaignId == first.id)
        _ = try second.post(NewComment(eId: "art_4", stance: .support, body: "Men bu moddani qoʻllab-quvvatlayman, u aniq va tushunarli yozilgan"), to: id, by: f.others[2])
        // The first store catches up with what the second wrote before it compares.
        let again = try f.store.post(NewComment(eId: "art_4", stance: .support, body: "Men bu moddani qo‘llab-quvvatlayman, u aniq va tushunarli yozilgan."), to: id, by: f.others[3])
        let supported = try f.store.comments(of: id, eId: "art_4").first { $0.stance == .support && $0.id != again.id }
        #expect(again.campaignId == supported?.id)
        #expect(try f.store.comments(of: id, eId: "art_4").first { $0.id == first.id }?.similar == 2)
    }

    @Test func onlyTheLatestFiveHundredCommentsOfOtherAccountsAreCompared() throws {
        let f = try ConsultationFixture()
        let id = try f.openConsultation().id
        let text = "Ushbu moddani toʻliq olib tashlashni talab qilamiz, u fuqarolar huquqlarini cheklaydi"
        let first = try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: text), to: id, by: f.others[0])
        for index in 0..<499 {
            _ = try f.store.post(NewComment(eId: "art_4", stance: .neutral, body: "Taklif \(index): raqam \(index * 7919) va \(index * 104_729) aniqlansin"), to: id, by: f.others[1])
        }
        // 500 comments of others back: still in the window.
        #expect(try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: text + "."), to: id, by: f.others[2]).campaignId == first.id)
        let more = try f.store.post(NewComment(eId: "art_4", stance: .neutral, body: "Yana bir taklif: raqam 1 va 2 aniqlansin"), to: id, by: f.others[1])
        #expect(more.campaignId == nil)
        // Now the first comment is 502 comments back for a third account, beyond the window; its echo (500 back) is not.
        let late = try f.store.post(NewComment(eId: "art_4", stance: .oppose, body: text + "!"), to: id, by: f.others[3])
        #expect(late.campaignId == first.id)
    }
}
