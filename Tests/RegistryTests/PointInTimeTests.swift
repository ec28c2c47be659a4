import Foundation
import Testing
import TestSupport
@testable import Registry

/// The version in force on a day, for works, expressions and provisions.
@Suite struct PointInTimeTests {
    static let registry: Result<Registry, any Error> = Result { try RegistryFixture.loaded() }
    var registry: Registry { get throws { try Self.registry.get() } }
    let act = RegistryFixture.modelAct

    @Test func theModelActAsOf2018IsTheEnactedText() throws {
        let shown = try registry.show(act + "~art_5__para_2", asOf: "2018-01-01")
        #expect(shown.version.expression == act + "/uzb@2015-12-09")
        #expect(shown.version.date == "2015-12-09")
        #expect(shown.version.validUntil == "2019-10-01")
        #expect(!shown.isCurrent)
        #expect(shown.provision?.text.contains("har yili") == true)
    }

    @Test func theModelActAsOf2020IsTheAmendedText() throws {
        let shown = try registry.show(act + "~art_5__para_2", asOf: "2020-01-01")
        #expect(shown.version.expression == act + "/uzb@2019-10-01")
        #expect(shown.isCurrent)
        #expect(shown.provision?.text.contains("har chorakda") == true)
    }

    @Test func theDayOfTheAmendmentShowsTheNewVersion() throws {
        #expect(try registry.show(act, asOf: "2019-09-30").version.date == "2015-12-09")
        #expect(try registry.show(act, asOf: "2019-10-01").version.date == "2019-10-01")
    }

    @Test func beforeTheFirstVersionTheWorkIsNotInForce() throws {
        #expect(throws: RegistryError.notInForce(uri: act, date: "2015-12-08", firstVersion: "2015-12-09")) {
            try registry.show(act + "~art_5", asOf: "2015-12-08")
        }
        #expect(RegistryError.notInForce(uri: act, date: "2015-12-08", firstVersion: "2015-12-09").description ==
                "/akn/uz/act/2015-12-09/demo-egov is not in force on 2015-12-08: its first version takes effect on 2015-12-09")
    }

    @Test func anExpressionURIShowsThatVersionAndLanguage() throws {
        let shown = try registry.show(act + "/rus@2015-12-09~art_12__para_1")
        #expect(shown.version.language == "rus")
        #expect(shown.provision?.text.contains("Кабинетом Министров") == true)
        let bare = try registry.show(act + "/eng@")
        #expect(bare.version.expression == act + "/eng@2015-12-09")
    }

    @Test func aRepealedProvisionShowsItsStatus() throws {
        let shown = try registry.show(act + "~art_20", asOf: "2020-01-01", language: "eng")
        #expect(shown.provision?.status == "repealed")
        #expect(shown.provision?.text.hasPrefix("(Article 20 repealed by") == true)
        #expect(try registry.show(act + "~art_20", asOf: "2016-01-01").provision?.status == nil)
    }

    @Test func theWholeExpressionHasItsFiveChaptersAndThirtyFiveArticles() throws {
        let shown = try registry.show(act, asOf: "2020-01-01")
        let all = (shown.provisions ?? []).flatMap(\.flattened)
        #expect(all.filter { $0.kind == "chapter" }.count == 5)
        #expect(all.filter { $0.kind == "article" }.count == 35)
        #expect(try registry.show(act, asOf: "2016-01-01").provisions?.flatMap(\.flattened).filter { $0.kind == "article" }.count == 34)
    }

    @Test func unknownURIsAndProvisionsAreReported() throws {
        #expect(throws: RegistryError.unknownURI("/akn/uz/act/2000-01-01/nothing")) { try registry.show("/akn/uz/act/2000-01-01/nothing") }
        #expect(throws: RegistryError.unknownProvision(uri: act + "/uzb@2019-10-01", eId: "art_99")) {
            try registry.show(act + "~art_99", asOf: "2020-01-01")
        }
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func theTwoLegislationGovUKVersionsOfSection1AreChosenByDate() throws {
        let work = "http://www.legislation.gov.uk/id/mwa/2011/7"
        #expect(throws: RegistryError.self) { try registry.show(work, asOf: "2012-11-15") }
        let older = try registry.show(work + "~section-1", asOf: "2015-06-01")
        #expect(older.version.expression == "http://www.legislation.gov.uk/mwa/2011/7/2012-11-16")
        #expect(older.version.validUntil == "2022-09-01")
        let newer = try registry.show(work + "~section-1", asOf: "2022-09-01")
        #expect(newer.version.expression == "http://www.legislation.gov.uk/mwa/2011/7/2022-09-01")
        #expect(newer.isCurrent)
        #expect(older.provision?.num == "1")
        #expect(older.provision?.text.split(separator: "\n").first == "For the purposes of this Part, an “ education body ” means—", "inline terms stay inside their sentence")
    }
}
