import Foundation
import Testing
import TestSupport
@testable import AkomaNtoso
import LibXML

/// corpus/ holds our own demonstration acts: each valid against the official schema, structurally clean,
/// stored at the path of its FRBR expression URI.
@Suite struct CorpusTests {
    @Test func theCorpusHasTheModelActInThreeLanguagesAndTwoVersionsTwoOtherActsAndADraftBill() {
        let relative = Fixtures.corpusFiles.map { String($0.dropFirst(Fixtures.corpus.count)) }
        #expect(relative == [
            "/akn/uz/act/2015-12-09/demo-egov/eng@2015-12-09.xml", "/akn/uz/act/2015-12-09/demo-egov/eng@2019-10-01.xml",
            "/akn/uz/act/2015-12-09/demo-egov/rus@2015-12-09.xml", "/akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01.xml",
            "/akn/uz/act/2015-12-09/demo-egov/uzb@2015-12-09.xml", "/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01.xml",
            "/akn/uz/act/2019-07-02/demo-opendata/rus@2019-07-02.xml", "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml",
            "/akn/uz/act/2019-09-16/demo-amend-egov/eng@2019-09-16.xml", "/akn/uz/act/2019-09-16/demo-amend-egov/rus@2019-09-16.xml",
            "/akn/uz/act/2019-09-16/demo-amend-egov/uzb@2019-09-16.xml",
            "/akn/uz/bill/2026-11-02/demo-egov-2026/rus@2026-11-02.xml", "/akn/uz/bill/2026-11-02/demo-egov-2026/rus@2026-11-20.xml",
            "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02.xml", "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-20.xml",
        ])
    }

    @Test func everyCorpusFileIsStoredAtItsExpressionURIAndStructurallyClean() throws {
        for path in Fixtures.corpusFiles {
            let document = try AKNDocument(path: path)
            let uri = try #require(document.identity?.expressionURI)
            #expect(path == Fixtures.corpus + uri + ".xml")
            #expect(StructureChecker().check(document) == [], "\(path)")
        }
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func everyCorpusFileIsValidAgainstTheOfficialSchema() throws {
        let schema = try XMLSchema(path: Fixtures.schemaPath)
        for path in Fixtures.corpusFiles {
            #expect(schema.validate(try XMLDocument(path: path)) == [], "\(path)")
        }
    }

    @Test(arguments: ["uzb", "rus", "eng"])
    func theModelActHasFiveChaptersAndThirtyFourArticlesAsEnacted(_ language: String) throws {
        let enacted = try AKNDocument(path: Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/\(language)@2015-12-09.xml")
        #expect(enacted.provisions.count(of: "chapter") == 5)
        #expect(enacted.provisions.count(of: "article") == 34)
        #expect(enacted.language == language)
        let amended = try AKNDocument(path: Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/\(language)@2019-10-01.xml")
        #expect(amended.provisions.count(of: "article") == 35)
        #expect(amended.provision(eId: "art_12_1") != nil)
        #expect(amended.passiveModifications.map(\.type) == ["substitution", "substitution", "insertion", "insertion", "repeal"])
        #expect(amended.lifecycle.map(\.date) == ["2015-12-09", "2019-10-01"])
        #expect(amended.lifecycle.last?.sourceHref == "/akn/uz/act/2019-09-16/demo-amend-egov")
    }

    @Test func theModelActSaysItIsADemonstration() throws {
        let act = try AKNDocument(path: Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/eng@2015-12-09.xml")
        let text = String(decoding: act.serialized(), as: UTF8.self).lowercased()
        #expect(text.contains("demonstration"))
        #expect(text.contains("not the official"))
    }

    @Test func theUzbekModelActRecordsItsScript() throws {
        let act = try AKNDocument(path: Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/uzb@2015-12-09.xml")
        #expect(act.script == "Latn")
    }
}
