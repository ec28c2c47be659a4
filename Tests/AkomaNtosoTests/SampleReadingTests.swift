import Foundation
import Testing
import TestSupport
@testable import AkomaNtoso
import LibXML

/// Every real sample in ../shared/akn/samples is read, with the counts the documents themselves have.
@Suite(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
struct SampleReadingTests {
    /// (file, provision kind, count in the document's own structure, count including provisions quoted in amendments)
    static let counts: [(String, String, Int, Int)] = [
        ("it_senato_ddl_2013.xml", "article", 6, 8),
        ("uk_pga-2014-27-enacted-data.xml", "section", 8, 8),
        ("uk_pga-2014-27-enacted-data.xml", "subsection", 44, 53),
        ("us_Title9-Chap3-eng.xml", "section", 7, 7),
        ("us_Title9-Chap3-eng.xml", "chapter", 1, 1),
        ("us_Act_2011-11-29.xml", "section", 6, 6),
        ("uk_asc-2025-1-2025-03-25.akn.xml", "section", 30, 54),
        ("uk_asc-2025-1-2025-03-25.akn.xml", "part", 5, 5),
        ("uk_asp-2025-11-2025-08-07.akn.xml", "section", 67, 67),
        ("uk_ukla-2017-1-enacted.akn.xml", "section", 20, 23),
        ("uk_nia-2022-21-enacted.akn.xml", "section", 4, 4),
        ("uk_mwa-2011-7-section-1.akn.xml", "section", 1, 1),
        ("uk_uksi-2025-3-made.akn.xml", "hcontainer", 9, 10),
        ("za_bill_2006-12-23.xml", "section", 2, 2),
        ("ke_Debate_Bungeni_2011-06-10.xml", "debateSection", 17, 17),
        ("cl_Sesion56_2.xml", "debateSection", 32, 32),
    ]

    @Test(arguments: counts)
    func provisionCountsMatchTheDocument(_ file: String, _ kind: String, _ own: Int, _ all: Int) throws {
        let document = try AKNDocument(path: Fixtures.sample(file))
        #expect(document.provisions.count(of: kind) == own)
        #expect(document.provisions.count(of: kind, includingQuoted: true) == all)
    }

    @Test func everySampleIsReadWithItsIdentity() throws {
        let samples = Fixtures.samples
        #expect(samples.count == 19)
        for path in samples {
            let document = try AKNDocument(path: path)
            #expect(document.identity?.workIdentifier != nil, "\(path) has a work identifier")
            #expect(document.language != nil, "\(path) has a language")
        }
    }

    @Test func theItalianBillHasSixArticlesOfItsOwnTwoQuotedAndOneAttachment() throws {
        let bill = try AKNDocument(path: Fixtures.sample("it_senato_ddl_2013.xml"))
        #expect(bill.type == .bill)
        let articles = bill.allProvisions.filter { $0.kind == "article" }
        #expect(articles.map { $0.eId ?? "" } == ["art_1", "mod_1__art_1", "mod_2__art_3", "art_2", "art_3", "art_4", "art_5", "art_6"])
        #expect(articles.filter(\.isQuoted).map(\.eId) == ["mod_1__art_1", "mod_2__art_3"])
        #expect(articles.first?.num == "Art. 1.")
        #expect(bill.components.count == 1)
        #expect(bill.components.first?.document?.name == "RelPres")
        #expect(bill.identity?.work.uri == "/akn/it/bill/Ddl/2013-03-29/356")
    }

    @Test func theEuropeanCollectionResolvesItsThreeComponentDocuments() throws {
        let collection = try AKNDocument(path: Fixtures.sample("eu_COM-2013-0619_EN-8.xml"))
        #expect(collection.type == DocumentType(rawValue: "documentCollection"))
        let documents = collection.components.compactMap(\.document)
        #expect(documents.map(\.name) == ["explanation", "regulation", "financialStatement"])
        #expect(documents.map { $0.provisions.count(of: "article") }.reduce(0, +) == 24)
        #expect(documents[1].type == .bill)
    }

    @Test func legislationGovUKDocumentsKeepTheirOwnIdentifiers() throws {
        let older = try AKNDocument(path: Fixtures.sample("uk_mwa-2011-7-section-1-2012-11-16.akn.xml"))
        let newer = try AKNDocument(path: Fixtures.sample("uk_mwa-2011-7-section-1.akn.xml"))
        #expect(older.identity?.workIdentifier == .opaque("http://www.legislation.gov.uk/id/mwa/2011/7"))
        #expect(older.identity?.workIdentifier == newer.identity?.workIdentifier)
        #expect(older.identity?.expressionURI == "http://www.legislation.gov.uk/mwa/2011/7/2012-11-16")
        #expect(newer.identity?.expressionURI == "http://www.legislation.gov.uk/mwa/2011/7/2022-09-01")
        #expect(older.title == "Education (Wales) Measure 2011")
        let section = try #require(newer.provisions.flattened.first { $0.kind == "section" })
        #expect(section.num == "1")
        #expect(section.heading?.isEmpty == false)
    }

    @Test func theUSPublicLawHasItsTitleSectionsAndReferences() throws {
        let act = try AKNDocument(path: Fixtures.sample("us_Act_2011-11-29.xml"))
        #expect(act.identity?.workIdentifier == .akn(try FRBRURI(parsing: "/akn/us/act/2011-11-29/112-61")))
        #expect(act.title?.hasPrefix("To facilitate the hosting in the United States of the 34th America") == true)
        let sections = act.allProvisions.filter { $0.kind == "section" }
        #expect(sections.map { $0.eId ?? "" } == ["sec_1", "sec_2", "sec_3", "sec_4", "sec_5", "sec_6"])
        #expect(!act.textReferences.isEmpty)
    }

    @Test func aUKActReadsItsLifecycleAndModifications() throws {
        let act = try AKNDocument(path: Fixtures.sample("uk_pga-2014-27-enacted-data.xml"))
        #expect(act.title == "Data Retention and Investigatory Powers Act 2014")
        #expect(act.lifecycle.isEmpty == false)
        #expect(act.activeModifications.isEmpty == false)
    }
}
