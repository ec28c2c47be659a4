import Testing
@testable import TextImport

/// Editorial notes, dates, language detection and the errors a caller sees.
struct NotesAndErrorsTests {
    @Test("An amendment note gives the kind of change, the articles it names and the amending act")
    func amendmentNote() throws {
        let note = try #require(EditorialNote.parse("(2-modda Oʻzbekiston Respublikasining 2021-yil 21-apreldagi OʻRQ-683-sonli Qonuni tahririda — Qonunchilik maʼlumotlari milliy bazasi, 21.04.2021-y., 03/21/683/0375-son)"))
        #expect(note.role == .amendment(.substitution))
        #expect(note.subject == .articles([EditorialNote.NoteNumber(digits: "2", sup: nil)]))
        #expect(note.actNumber == "OʻRQ-683")
        #expect(note.actDate == "2021-04-21")
        let range = try #require(EditorialNote.parse("(176 — 193-moddalar Oʻzbekiston Respublikasining 2014-yil 20-yanvardagi OʻRQ-365-sonli Qonuniga asosan oʻz kuchini yoʻqotgan — OʻR QHT, 2014-y., 4-son, 45-modda)"))
        #expect(range.role == .amendment(.repeal))
        if case .articles(let numbers) = range.subject {
            #expect(Provision.expand(numbers, current: Provision.Position(base: 175, sup: 0)).count == 18)
        } else {
            Issue.record("the range note names no articles")
        }
        let part = try #require(EditorialNote.parse("(8-modda ikkinchi qismining sakkizinchi xatboshisi Oʻzbekiston Respublikasining 2021-yil 21-apreldagi OʻRQ-683-sonli Qonuni tahririda — Qonunchilik maʼlumotlari milliy bazasi, 21.04.2021-y., 03/21/683/0375-son)"))
        #expect(part.subject == .articlePart(EditorialNote.NoteNumber(digits: "8", sup: nil)))
        let dated = try #require(EditorialNote.parse("(Oʻzbekiston Respublikasining 2025-yil 7-fevraldagi OʻRQ-1025-sonli Qonuniga asosan 63-moddaning oʻz kuchini yoʻqotish sanasi — 2025-yil 8-may — Qonunchilik maʼlumotlari milliy bazasi, 07.02.2025-y., 03/25/1025/0116-son)"))
        #expect(dated.role == .amendment(.repeal))
        #expect(dated.subject == .articles([EditorialNote.NoteNumber(digits: "63", sup: nil)]))
    }

    @Test("Text in brackets that is not a note stays normative text")
    func bracketedText() {
        #expect(EditorialNote.parse("(soʻmda)") == nil)
        #expect(EditorialNote.parse("(1 litr uchun)") == nil)
        #expect(EditorialNote.parse("(yangi tahriri)") == nil)
        #expect(EditorialNote.parse("(Qonunchilik maʼlumotlari milliy bazasi, 16.04.2022-y., 03/22/764/0313-son)")?.role
            == .publication)
    }

    @Test("Dates are read in Uzbek, Russian and English spellings and checked against the calendar")
    func dates() {
        #expect(LegalDate.first(in: "2021-yil 21-apreldagi")?.iso == "2021-04-21")
        #expect(LegalDate.first(in: "2020 йил 20 апрель,")?.iso == "2020-04-20")
        #expect(LegalDate.first(in: "от 10 мая 2022 года № ЗРУ-770")?.iso == "2022-05-10")
        #expect(LegalDate.first(in: "of 12 July 2022")?.iso == "2022-07-12")
        #expect(LegalDate.first(in: "July 12, 2022")?.iso == "2022-07-12")
        #expect(LegalDate.first(in: "02.07.2019 yildagi")?.iso == "2019-07-02")
        #expect(LegalDate.first(in: "2019-yil 30-fevral") == nil)
        #expect(LegalDate.isValidISO("2024-02-29"))
        #expect(!LegalDate.isValidISO("2023-02-29"))
    }

    @Test("Language and script are detected from the letters of the text")
    func detection() {
        func detect(_ text: String) -> (ActLanguage, Script?) {
            LanguageDetector.detect(SourceLine.split(text))
        }
        #expect(detect("Ushbu Qonunning maqsadi shaxsga doir maʼlumotlar sohasidagi munosabatlarni tartibga solish") == (.uzb, .latn))
        #expect(detect("Ушбу Қонуннинг мақсади шаҳар боғларини сақлаш") == (.uzb, .cyrl))
        #expect(detect("Целью настоящего Закона является регулирование отношений в области библиотек") == (.rus, .cyrl))
        #expect(detect("The purpose of this Law is to govern relations in the field of public parks") == (.eng, .latn))
    }

    @Test("Empty input is refused with a sentence naming the input")
    func emptyInput() {
        #expect(throws: TextImportError.emptyInput(source: "empty.txt")) {
            try TextImporter().convert(" \n\u{FEFF}\n  ", workURI: "/akn/uz/act/2020-01-01/x", sourceName: "empty.txt")
        }
        #expect(TextImportError.emptyInput(source: "empty.txt").description
            == "empty.txt: the input is empty once web page noise is removed.")
    }

    @Test("Text without any heading is refused as not an act")
    func noStructure() {
        #expect(throws: TextImportError.noStructureFound(source: "note.txt")) {
            try TextImporter().convert("Bu oddiy matn.\nUnda modda yoʻq.", workURI: "/akn/uz/act/2020-01-01/x",
                                       sourceName: "note.txt")
        }
    }

    @Test("A work URI that breaks the naming convention is refused with the reason")
    func badWorkURI() throws {
        let text = "1-modda. Maqsad\nMatn."
        for uri in ["akn/uz/act/2020-01-01/x", "/akn/uz/act/2020-13-01/x", "/akn/UZB/act/2020-01-01/x",
                    "/akn/uz/law/2020-01-01/x", "/akn/uz/act/2020-01-01/x/uzb@2020-01-01"] {
            #expect(throws: TextImportError.self) { try TextImporter().convert(text, workURI: uri) }
        }
        do {
            _ = try TextImporter().convert(text, workURI: "/akn/uz/act/2020-02-30/x")
            Issue.record("an impossible date was accepted")
        } catch {
            #expect(error.description == "The work URI '/akn/uz/act/2020-02-30/x' is not valid: '2020-02-30' is not a date written as YYYY-MM-DD.")
        }
    }

    @Test("An expression date that is not a calendar date is refused")
    func badDate() {
        let importer = TextImporter(options: TextImportOptions(date: "2021-02-29"))
        #expect(throws: TextImportError.invalidDate("2021-02-29")) {
            try importer.convert("1-modda. Maqsad\nMatn.", workURI: "/akn/uz/act/2020-01-01/x")
        }
    }

    @Test("A heading numbered zero is refused with its line")
    func badNumber() {
        #expect(throws: TextImportError.invalidNumber(source: "zero.txt", line: 2, text: "0-modda. Nol")) {
            try TextImporter().convert("1-modda. Bir\n0-modda. Nol\nMatn.", workURI: "/akn/uz/act/2020-01-01/x",
                                       sourceName: "zero.txt")
        }
        #expect(TextImportError.invalidNumber(source: "zero.txt", line: 2, text: "0-modda. Nol").description
            == "zero.txt:2: the heading '0-modda. Nol' has a number that cannot be read.")
    }
}
