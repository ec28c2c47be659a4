import Foundation
import LibXML
import Testing
@testable import TextImport

/// Acts in Uzbek Cyrillic, Russian and English, written for these tests (Fixtures/).
struct OtherLanguageTests {
    private func convert(_ fixture: String, uri: String) throws -> ImportedAct {
        try TextImporter().convert(try TextImportCorpus.fixture(fixture), workURI: uri, sourceName: fixture)
    }

    @Test("An Uzbek Cyrillic act is read with its chapters, articles, 3¹ written as 31 and a repealed article")
    func uzbekCyrillic() throws {
        let act = try convert("uzbek-cyrillic-gardens.txt", uri: "/akn/uz/act/2020-04-20/orq-620")
        #expect(act.language == .uzb)
        #expect(act.script == .cyrl)
        #expect(act.chapterCount == 2)
        #expect(act.articleCount == 6)
        #expect(act.repealedArticles == ["art_4"])
        #expect(act.title == "ШАҲАР БОҒЛАРИ ТЎҒРИСИДА")
        #expect(act.adoptionDates == ["2020-03-10", "2020-04-02"])
        #expect(act.expressionURI == "/akn/uz/act/2020-04-20/orq-620/uzb@2020-04-20")
        for eId in ["chp_1", "art_1", "art_2__para_1__indent_1", "art_3__para_1__point_1", "art_3__para_1__point_3",
                    "art_3__para_2", "art_3_1", "chp_2", "art_4", "art_5"] {
            #expect(act.xml.contains("eId=\"\(eId)\""), "missing \(eId)")
        }
        #expect(act.xml.contains("<num>3<sup>1</sup>-модда.</num>"))
        #expect(act.xml.contains("<num>4-модда.</num>"))
        #expect(act.xml.contains("<p><def>шаҳар боғи</def> — аҳоли дам олиши"))
        #expect(!act.xml.contains("Олдинги таҳрирга қаранг"))
        #expect(act.amendments.map(\.affectedEId) == ["art_3", "art_3_1", "art_4"])
        #expect(act.amendments.map(\.kind) == [.substitution, .insertion, .repeal])
        #expect(act.amendments.first?.actURI == "/akn/uz/act/2022-05-05/orq-777")
        #expect(act.signature?.number == "ЎРҚ-620")
        #expect(try TextImportCorpus.schemaErrors(act.xml, name: "uzbek-cyrillic-gardens.txt").isEmpty)
    }

    @Test("A Russian act is read with its sections, chapters, article 2¹ and a repealed article")
    func russian() throws {
        let act = try convert("russian-libraries.txt", uri: "/akn/uz/act/2021-03-25/zru-680")
        #expect(act.language == .rus)
        #expect(act.partCount == 2)
        #expect(act.chapterCount == 3)
        #expect(act.articleCount == 6)
        #expect(act.repealedArticles == ["art_4"])
        for eId in ["part_1", "part_2", "chp_3", "art_2_1", "art_2_1__para_2__point_a", "art_2_1__para_2__point_b",
                    "art_3__para_1__point_2", "art_3__para_2"] {
            #expect(act.xml.contains("eId=\"\(eId)\""), "missing \(eId)")
        }
        #expect(act.xml.contains("<num>Статья 4.</num>"))
        #expect(act.amendments.map(\.actNumber) == ["ЗРУ-770", "ЗРУ-770"])
        #expect(act.amendments.map(\.actURI) == ["/akn/uz/act/2022-05-10/zru-770", "/akn/uz/act/2022-05-10/zru-770"])
        #expect(act.adoptionDates == ["2021-02-12", "2021-03-03"])
        #expect(act.signature?.date == "2021-03-25")
        #expect(try TextImportCorpus.schemaErrors(act.xml, name: "russian-libraries.txt").isEmpty)
    }

    @Test("An English act is read with its chapters, articles, lettered points and an amendment note")
    func english() throws {
        let act = try convert("english-parks.txt", uri: "/akn/uz/act/2021-02-20/zru-670")
        #expect(act.language == .eng)
        #expect(act.chapterCount == 2)
        #expect(act.articleCount == 4)
        #expect(act.repealedArticles.isEmpty)
        for eId in ["art_2__para_1__indent_2", "art_3__para_1__point_a", "art_3__para_1__point_b", "art_3__para_2"] {
            #expect(act.xml.contains("eId=\"\(eId)\""), "missing \(eId)")
        }
        #expect(!act.xml.contains("See the previous version"))
        let amendment = try #require(act.amendments.first)
        #expect(amendment.actNumber == "ZRU-790")
        #expect(amendment.actDate == "2022-07-12")
        #expect(amendment.affectedEId == "art_3")
        #expect(act.signature?.person == "Sh. MIRZIYOYEV")
        #expect(try TextImportCorpus.schemaErrors(act.xml, name: "english-parks.txt").isEmpty)
    }

    @Test("Every line of the texts written for these tests appears in the output exactly once, in order",
          arguments: ["uzbek-cyrillic-gardens.txt", "russian-libraries.txt", "english-parks.txt"])
    func nothingLost(_ fixture: String) throws {
        let text = try TextImportCorpus.fixture(fixture)
        let act = try TextImporter().convert(text, workURI: "/akn/uz/act/2021-01-01/test")
        let noise: Set<String> = ["Олдинги таҳрирга қаранг.", "See the previous version."]
        let lines = TextImportCorpus.normativeLines(of: text).filter { !noise.contains($0) }
        let (missing, leftover) = TextImportCorpus.unaccounted(lines: lines, in: TextImportCorpus.documentText(act.xml))
        #expect(missing.isEmpty, "not found in order: \(missing)")
        // Only the number made for the repealed article 4 is not from the input.
        #expect(leftover.count <= 2, "left over: \(leftover)")
    }

    @Test("Given language and script override detection")
    func overrides() throws {
        let text = try TextImportCorpus.fixture("english-parks.txt")
        let options = TextImportOptions(language: .uzb, script: .latn, date: "2023-01-01")
        let act = try TextImporter(options: options).convert(text, workURI: "/akn/uz/act/2021-02-20/zru-670")
        #expect(act.language == .uzb)
        #expect(act.script == .latn)
        #expect(act.expressionURI == "/akn/uz/act/2021-02-20/zru-670/uzb@2023-01-01")
        #expect(act.xml.contains("<FRBRlanguage language=\"uzb\"/>"))
    }
}
