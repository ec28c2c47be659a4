import Foundation
import LibXML
import Testing
@testable import TextImport

/// The ten official acts of ../shared/lexuz, exactly as the national database shows them.
struct LexUZActTests {
    @Test("Every lex.uz act has the document's own number of books, parts, chapters and articles",
          arguments: LexUZCase.all)
    func counts(_ item: LexUZCase) throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted[item.file])
        #expect(act.bookCount == item.books)
        #expect(act.partCount == item.parts)
        #expect(act.chapterCount == item.chapters)
        #expect(act.articleCount == item.articles)
    }

    @Test("Every lex.uz act lists exactly the articles that are only a repeal note", arguments: LexUZCase.all)
    func repealedArticles(_ item: LexUZCase) throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted[item.file])
        #expect(act.repealedArticles == item.repealed)
    }

    @Test("Every lex.uz act converts to Akoma Ntoso valid against the official schema", arguments: LexUZCase.all)
    func schemaValid(_ item: LexUZCase) throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted[item.file])
        let errors = try TextImportCorpus.schemaErrors(act.xml, name: "lexuz/" + item.file)
        #expect(errors.isEmpty, "\(item.file): \(errors.prefix(5).joined(separator: "; "))")
    }

    @Test("Every line of a lex.uz act's text appears in the output exactly once, in order", arguments: LexUZCase.all)
    func nothingLost(_ item: LexUZCase) throws {
        guard let text = try TextImportCorpus.lexuzText(item.file) else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted[item.file])
        let lines = TextImportCorpus.normativeLines(of: text)
        let (missing, leftover) = TextImportCorpus.unaccounted(lines: lines, in: TextImportCorpus.documentText(act.xml))
        #expect(lines.count > 100)
        #expect(missing.isEmpty, "not found in order: \(missing.prefix(3))")
        // What no input line accounts for is only the number made for each repealed article ("9-modda.").
        #expect(leftover.count == item.repealed.count, "left over: \(leftover.prefix(10))")
        #expect(leftover.allSatisfy { $0.hasSuffix("-modda.") && $0.dropLast(7).allSatisfy(\.isNumber) })
    }

    @Test("Every lex.uz act's articles have unique eIds in document order", arguments: LexUZCase.all)
    func articleOrder(_ item: LexUZCase) throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted[item.file])
        let positions = act.xml.components(separatedBy: "<article eId=\"art_").dropFirst().map { rest -> [Int] in
            rest.prefix { $0 != "\"" }.split(separator: "_").compactMap { Int($0) }
        }
        #expect(positions.count == item.articles)
        for (previous, next) in zip(positions, positions.dropFirst()) {
            #expect(previous.lexicographicallyPrecedes(next), "art \(previous) before art \(next)")
        }
    }

    @Test("Article 27¹ of the Personal Data law, written 271-modda, becomes art_27_1 shown with a superscript")
    func flattenedSuperscriptArticle() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Shaxsiy_Malumotlar_Qonuni.txt"])
        #expect(act.xml.contains("<article eId=\"art_27_1\">"))
        #expect(act.xml.contains("<num>27<sup>1</sup>-modda.</num>"))
        #expect(act.xml.contains("<article eId=\"art_28\">"))
    }

    @Test("Article 9 of the Preschool Education law is a removed article holding its repeal note")
    func repealedArticleMarkup() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Maktabgacha_Talim_Qonuni.txt"])
        let article = try #require(act.xml.components(separatedBy: "<article eId=\"art_9\"").dropFirst().first)
        #expect(article.hasPrefix(" status=\"removed\">"))
        #expect(article.contains("(9-modda Oʻzbekiston Respublikasining 2024-yil 7-sentabrdagi OʻRQ-957-sonli"))
        let repeal = try #require(act.amendments.first { $0.affectedEId == "art_9" })
        #expect(repeal.kind == .repeal)
        #expect(repeal.actNumber == "OʻRQ-957")
        #expect(repeal.actDate == "2024-09-07")
    }

    @Test("An amendment note names the amending act in the lifecycle and the passive modifications")
    func amendmentMetadata() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Shaxsiy_Malumotlar_Qonuni.txt"])
        let first = try #require(act.amendments.first)
        #expect(first == Amendment(actNumber: "OʻRQ-683", actDate: "2021-04-21", actURI: "/akn/uz/act/2021-04-21/orq-683",
                                   affectedEId: "art_2", kind: .substitution, line: first.line, note: first.note))
        #expect(act.xml.contains("<passiveRef eId=\"amendingAct_1\" href=\"/akn/uz/act/2021-04-21/orq-683\""))
        #expect(act.xml.contains("<eventRef eId=\"event_6\" date=\"2021-04-21\" source=\"#amendingAct_1\" type=\"amendment\"/>"))
        #expect(act.xml.contains("<source href=\"#amendingAct_1\"/>\n            <destination href=\"#art_2\"/>"))
        // "8-modda ikkinchi qismining sakkizinchi xatboshisi" points at that indent, not the whole article; the
        // introduction "Vakolatli davlat organi:" is the part's first xatboshi, so the eighth is the seventh indent.
        #expect(act.amendments.contains { $0.affectedEId == "art_8__para_2__indent_7" })
    }

    @Test("The chambers' dates and the signature block become metadata, preface and conclusions")
    func headerAndSignature() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Shaxsiy_Malumotlar_Qonuni.txt"])
        #expect(act.title == "SHAXSGA DOIR MAʼLUMOTLAR TOʻGʻRISIDA")
        #expect(act.adoptionDates == ["2019-04-16", "2019-06-21"])
        #expect(act.signature == ImportedAct.Signature(role: "Oʻzbekiston Respublikasining Prezidenti",
                                                       person: "Sh. MIRZIYOYEV", place: "Toshkent sh.,",
                                                       date: "2019-07-02", number: "OʻRQ-547"))
        #expect(act.entryIntoForce == "2019-10-01")
        #expect(act.expressionURI == "/akn/uz/act/2019-07-02/orq-547/uzb@2019-07-02")
        #expect(act.xml.contains("<p><docType>OʻZBEKISTON RESPUBLIKASINING QONUNI</docType></p>"))
        #expect(act.xml.contains("<date date=\"2019-04-16\" refersTo=\"#adoption\">2019-yil 16-aprelda</date>"))
        #expect(act.xml.contains("<person refersTo=\"#signer\" as=\"#signerRole\">Sh. MIRZIYOYEV</person>"))
        #expect(act.xml.contains("<p><docNumber>OʻRQ-547-son</docNumber></p>"))
    }

    @Test("Web page header, footer, script switches and previous-wording links never reach the output")
    func pageNoiseRemoved() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Shaxsiy_Malumotlar_Qonuni.txt"])
        for noise in ["Кучга кириш санаси", "Улашиш", "O‘ZB|РУС", ">ENG<", "Oldingi tahrirga qarang", "Марказ ҳақида",
                      "Сайтда реклама", "©", "02.07.2019 yildagi"] {
            #expect(!act.xml.contains(noise), "\(noise) is still in the output")
        }
    }

    @Test("LexUZ commentary is kept as an editorial remark, or dropped on request")
    func commentary() throws {
        guard let text = try TextImportCorpus.lexuzText("Talim_Qonuni.txt") else {
            print(TextImportCorpus.lexuzMissing)
            return
        }
        let uri = "/akn/uz/act/1997-08-29/464-i"
        let kept = try TextImporter().convert(text, workURI: uri)
        #expect(kept.xml.contains("<remark status=\"editorial\" class=\"commentary\">LexUZ sharhi</remark>"))
        #expect(kept.repealedOn == "2020-09-24")
        let dropped = try TextImporter(options: TextImportOptions(keepCommentary: false)).convert(text, workURI: uri)
        #expect(!dropped.xml.contains("LexUZ sharhi"))
        #expect(!dropped.xml.contains("Mazkur Qonun Oʻzbekiston Respublikasining 2020-yil 23-sentabrdagi"))
        #expect(dropped.articleCount == 34)
        #expect(try TextImportCorpus.schemaErrors(dropped.xml, name: "Talim_Qonuni.txt").isEmpty)
    }

    @Test("Flattened superscripts of chapters and parts in the Tax Code become chp_64_1 and part_18_1")
    func flattenedChapterAndPart() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Soliq_Kodeksi.txt"])
        #expect(act.xml.contains("<chapter eId=\"chp_64_1\">"))
        #expect(act.xml.contains("<num>64<sup>1</sup>-bob.</num>"))
        #expect(act.xml.contains("<part eId=\"part_18_1\">"))
        #expect(act.xml.contains("<num>XVIII<sup>1</sup> BOʻLIM.</num>"))
    }

    @Test("The Constitution's preamble is an Akoma Ntoso preamble and its parts are written-out ordinals")
    func constitution() throws {
        guard TextImportCorpus.lexuz != nil else { print(TextImportCorpus.lexuzMissing); return }
        let act = try #require(TextImportCorpus.converted["Konstitutsiya.txt"])
        #expect(act.xml.contains("<heading>MUQADDIMA</heading>"))
        #expect(act.xml.contains("<part eId=\"part_6\">\n        <num>OLTINCHI BOʻLIM.</num>"))
        #expect(act.xml.contains("<chapter eId=\"chp_27\">"))
    }
}
