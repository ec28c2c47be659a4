import Foundation
import Testing
import TestSupport
@testable import Registry

/// The diff of the Model Act's two versions lists exactly the changes corpus/README.md documents.
@Suite struct DiffAndHistoryTests {
    static let registry: Result<Registry, any Error> = Result { try RegistryFixture.loaded() }
    var registry: Registry { get throws { try Self.registry.get() } }
    let act = RegistryFixture.modelAct

    @Test(arguments: ["uzb", "rus", "eng"])
    func theModelActDiffListsExactlyTheChangesMade(_ language: String) throws {
        let diff = try registry.diff(act + "/\(language)@2015-12-09", act + "/\(language)@2019-10-01")
        #expect(diff.added == ["art_12__para_2__point_3_1", "art_12_1"])
        #expect(diff.removed == ["art_20__para_1", "art_20__para_2"])
        #expect(diff.changed.map(\.eId) == ["art_5__para_2", "art_12__para_1", "art_20"])
        #expect(diff.renumbered.isEmpty)
    }

    @Test func theWordDiffShowsTheReplacedWords() throws {
        let diff = try registry.diff(act + "/eng@2015-12-09", act + "/eng@2019-10-01")
        let art5 = try #require(diff.changed.first { $0.eId == "art_5__para_2" })
        #expect(art5.ops.filter { $0.op == .delete }.map(\.text) == ["annually"])
        #expect(art5.ops.filter { $0.op == .insert }.map(\.text) == ["quarterly"])
        let art12 = try #require(diff.changed.first { $0.eId == "art_12__para_1" })
        #expect(art12.ops.filter { $0.op == .delete }.map(\.text) == ["Cabinet of Ministers of the Republic of Uzbekistan"])
        #expect(art12.ops.filter { $0.op == .insert }.map(\.text) == ["authorized body"])
    }

    @Test func identicalVersionsHaveNoDifferences() throws {
        #expect(try registry.diff(act + "/uzb@2019-10-01", act + "/uzb@2019-10-01").isEmpty)
    }

    @Test func renumberedProvisionsAreMatchedByContent() {
        let old: [(eId: String, parent: String?, node: StoredProvision)] = [
            ("art_1", nil, StoredProvision(eId: "art_1", kind: "article", num: "1.", heading: "A", text: "one", status: nil, children: [])),
            ("art_2", nil, StoredProvision(eId: "art_2", kind: "article", num: "2.", heading: "B", text: "two", status: nil, children: [])),
        ]
        let new: [(eId: String, parent: String?, node: StoredProvision)] = [
            ("art_1", nil, StoredProvision(eId: "art_1", kind: "article", num: "1.", heading: "A", text: "one", status: nil, children: [])),
            ("art_3", nil, StoredProvision(eId: "art_3", kind: "article", num: "3.", heading: "B", text: "two", status: nil, children: [])),
        ]
        let diff = ExpressionDiffer(old: old, new: new).diff(from: "a", to: "b")
        #expect(diff.renumbered == [.init(from: "art_2", to: "art_3", fromNum: "2.", toNum: "3.")])
        #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty)
    }

    @Test func wordDiffRunsAreMinimal() {
        #expect(WordDiff.ops(from: "a b c d", to: "a x c d e") == [
            DiffOp(op: .equal, text: "a"), DiffOp(op: .delete, text: "b"), DiffOp(op: .insert, text: "x"),
            DiffOp(op: .equal, text: "c d"), DiffOp(op: .insert, text: "e"),
        ])
    }

    @Test func theHistoryOfAChangedParagraphNamesTheAmendingAct() throws {
        let history = try registry.history(act + "~art_5__para_2")
        #expect(history.language == "uzb")
        #expect(history.versions.map(\.from) == ["2015-12-09", "2019-10-01"])
        #expect(history.versions.map(\.until) == ["2019-10-01", nil])
        #expect(history.versions.map(\.change) == ["enacted", "changed"])
        #expect(history.versions[1].amendedBy == ["/akn/uz/act/2019-09-16/demo-amend-egov"])
    }

    @Test func theHistoryOfAnUnchangedArticleHasOneVersion() throws {
        let history = try registry.history(act + "~art_34", language: "rus")
        #expect(history.versions.count == 1)
        #expect(history.versions[0].until == nil)
    }

    @Test func theHistoryOfAnAddedAndARepealedArticle() throws {
        let added = try registry.history(act + "~art_12_1")
        #expect(added.versions.map(\.change) == ["added"])
        #expect(added.versions[0].from == "2019-10-01")
        let repealed = try registry.history(act + "~art_20", language: "eng")
        #expect(repealed.versions.map(\.change) == ["enacted", "repealed"])
        #expect(repealed.versions[1].amendedBy == ["/akn/uz/act/2019-09-16/demo-amend-egov"])
    }

    @Test func historyNeedsAProvision() throws {
        #expect(throws: RegistryError.self) { try registry.history(act) }
    }
}
