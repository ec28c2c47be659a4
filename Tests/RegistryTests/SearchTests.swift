import Foundation
import Testing
import TestSupport
@testable import Registry

/// Full-text search in Uzbek (both scripts), Russian and English, with the query syntax users type.
@Suite struct SearchTests {
    static let registry: Result<Registry, any Error> = Result { try RegistryFixture.loaded() }
    var registry: Registry { get throws { try Self.registry.get() } }

    private func hits(_ query: String, _ options: SearchOptions = SearchOptions(limit: 100)) throws -> [String] {
        try registry.search(query, options: options).results.map { "\($0.expression)~\($0.eId ?? "")" }
    }

    @Test func anUzbekLatinWordFindsItsArticle() throws {
        #expect(try hits("kiberhujumlar") == ["/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01~art_29__para_1"])
    }

    @Test func anUzbekCyrillicQueryFindsLatinScriptText() throws {
        #expect(try hits("киберҳужумлар") == ["/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01~art_29__para_1"])
        #expect(try hits("ЙЎРИҚНОМАЛАРНИ") == ["/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01~art_9__para_1__point_2"])
    }

    @Test func everyApostropheSpellingGivesTheSameResults() throws {
        let spellings = ["o'zbekiston", "oʻzbekiston", "o‘zbekiston", "o’zbekiston", "o`zbekiston", "OʼZBEKISTON", "Ўзбекистон"]
        let reference = try hits(spellings[0], SearchOptions(language: "uzb", limit: 100))
        // Model Act (2019): art_2__para_2, art_7 x2, art_8 (heading), art_8__para_1, art_11__para_2, art_20, art_33__para_1;
        // the amending act: 3; the Open Data Act: 1.
        #expect(reference.count == 12)
        #expect(reference.contains("/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02~art_4__para_1"))
        for spelling in spellings.dropFirst() {
            #expect(try hits(spelling, SearchOptions(language: "uzb", limit: 100)) == reference, "\(spelling)")
        }
    }

    @Test func russianYoMatchesYe() throws {
        let expected = ["/akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01~art_17__para_1"]
        #expect(try hits("платёжную") == expected)
        #expect(try hits("платежную") == expected)
        #expect(try hits("ПЛАТЕЖНУЮ") == expected)
    }

    @Test func russianAndEnglishWordsFindTheirLanguage() throws {
        #expect(try hits("кибератак") == ["/akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01~art_29__para_1"])
        #expect(try hits("cyberattacks", SearchOptions(language: "eng")) == ["/akn/uz/act/2015-12-09/demo-egov/eng@2019-10-01~art_29__para_1"])
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func englishSearchReachesTheSharedSamples() throws {
        let results = try registry.search("\"communications data\"", options: SearchOptions(allVersions: true, limit: 5))
        #expect(results.total > 0)
        #expect(results.results.allSatisfy { $0.work == "http://www.legislation.gov.uk/id/ukpga/2014/27/enacted" })
        #expect(results.results.first?.snippet.contains("<mark>communications data</mark>") == true)
    }

    @Test func byDefaultOnlyTheVersionInForceTodayIsSearched() throws {
        let act = RegistryFixture.modelAct
        #expect(try hits("notarially").isEmpty, "article 20 was repealed in 2019")
        #expect(try hits("notarially", SearchOptions(asOf: "2016-06-01")) == ["/akn/uz/act/2015-12-09/demo-egov/eng@2015-12-09~art_20__para_1"])
        #expect(try hits("quarterly", SearchOptions(asOf: "2016-06-01")).isEmpty)
        #expect(try hits("annually OR quarterly", SearchOptions(allVersions: true, language: "eng")).filter { $0.hasPrefix(act) }.sorted() == [
            "/akn/uz/act/2015-12-09/demo-egov/eng@2015-12-09~art_5__para_2",
            "/akn/uz/act/2015-12-09/demo-egov/eng@2019-10-01~art_5__para_2",
        ])
    }

    @Test func phrasesPrefixesAndExclusionsWork() throws {
        #expect(try hits("kiberhuj*") == ["/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01~art_29__para_1"])
        let phrase = try hits("\"yagona darcha\"", SearchOptions(language: "uzb", limit: 100))
        let loose = try hits("darcha yagona", SearchOptions(language: "uzb", limit: 100))
        #expect(!phrase.isEmpty)
        #expect(Set(phrase).isSubset(of: Set(loose)))
        let all = try hits("elektron", SearchOptions(language: "uzb", limit: 1000))
        let without = try hits("elektron -portal", SearchOptions(language: "uzb", limit: 1000))
        #expect(without.count < all.count)
        #expect(try registry.search("elektron -portal", options: SearchOptions(language: "uzb", limit: 1000)).results
            .allSatisfy { !$0.snippet.lowercased().contains("<mark>portal") })
    }

    @Test func totalCountsEveryMatchNotOnlyThePage() throws {
        let page = try registry.search("elektron", options: SearchOptions(language: "uzb", limit: 3))
        #expect(page.results.count == 3)
        #expect(page.total == (try hits("elektron", SearchOptions(language: "uzb", limit: 1000))).count)
        #expect(page.total > 30)
    }

    @Test func pagesFollowOneAnotherAndAPagePastTheEndStillCountsEveryMatch() throws {
        let all = try hits("elektron", SearchOptions(language: "uzb", limit: 1000))
        let second = try hits("elektron", SearchOptions(language: "uzb", limit: 5, offset: 5))
        #expect(second == Array(all[5..<10]))
        let beyond = try registry.search("elektron", options: SearchOptions(language: "uzb", limit: 5, offset: all.count + 10))
        #expect(beyond.results.isEmpty)
        #expect(beyond.total == all.count)
    }

    @Test func theDocumentTypeFilterKeepsOnlyThatType() throws {
        let bills = try registry.search("elektron", options: SearchOptions(allVersions: true, docType: "bill", limit: 1000))
        #expect(bills.total > 0)
        #expect(bills.total == bills.results.count)
        #expect(bills.results.allSatisfy { $0.work.hasPrefix("/akn/uz/bill/") })
        let acts = try registry.search("elektron", options: SearchOptions(allVersions: true, docType: "act", limit: 1000))
        #expect(acts.results.allSatisfy { !$0.work.contains("/bill/") })
        #expect(acts.total + bills.total == (try registry.search("elektron", options: SearchOptions(allVersions: true, limit: 1))).total)
    }

    @Test func headingsRankAboveText() throws {
        let results = try registry.search("Oʻzbekiston vakolatlari", options: SearchOptions(language: "uzb", limit: 5))
        #expect(results.results.first?.eId == "art_8")
        #expect(results.results.first?.snippet.contains("<mark>Oʻzbekiston</mark>") == true)
    }

    @Test(arguments: ["o'z\u{0}bek \"tail", "\"unbalanced", "NEAR(a b)", "a AND OR b", "x' OR 1=1 --", "'; DROP TABLE provision; --", "col:value", "^start", "(((", "* *"])
    func ftsSyntaxInAQueryIsSearchedAsWordsNeverAnError(_ query: String) throws {
        let registry = try self.registry
        do {
            _ = try registry.search(query)
        } catch RegistryError.invalidQuery {
            // A query with no words at all is refused with a sentence, never a database error.
        }
        #expect(try registry.statistics().provisions > 0)
    }

    @Test func aQueryWithOnlyExclusionsIsRefusedWithAReason() throws {
        #expect(throws: RegistryError.invalidQuery("-portal", reason: "it only excludes words; add a word to search for")) {
            try registry.search("-portal")
        }
        #expect(throws: RegistryError.invalidQuery("  ", reason: "it has no words to search for")) {
            try registry.search("  ")
        }
    }

    @Test func anInvalidAsOfDateIsRefused() throws {
        #expect(throws: RegistryError.invalidDate("2019-02-30")) {
            try registry.search("elektron", options: SearchOptions(asOf: "2019-02-30"))
        }
    }

    @Test func snippetsAreEscapedHTML() {
        #expect(Registry.markedHTML("a <b> & \u{1}c\u{2}") == "a &lt;b&gt; &amp; <mark>c</mark>")
    }
}
