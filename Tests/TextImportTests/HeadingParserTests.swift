import Testing
@testable import TextImport

/// How single lines are recognised as headings, in all four writing systems.
struct HeadingParserTests {
    @Test("Uzbek article and chapter headings are read with their number and title")
    func uzbekLatin() throws {
        let article = try #require(HeadingParser.parse("12-modda. Ushbu Qonunning maqsadi"))
        #expect(article.kind == .article)
        #expect(article.number?.value == 12)
        #expect(article.numText == "12-modda.")
        #expect(article.title == "Ushbu Qonunning maqsadi")
        #expect(HeadingParser.parse("1-BOB.")?.kind == .chapter)
        #expect(HeadingParser.parse("1-BOB.")?.title == nil)
        #expect(HeadingParser.parse("2-kichik boʻlim")?.kind == .subpart)
        #expect(HeadingParser.parse("1-§. Umumiy qoidalar")?.kind == .section)
    }

    @Test("Parts are read from Roman numerals, written-out ordinals and flattened superscripts")
    func parts() throws {
        #expect(HeadingParser.parse("I BOʻLIM. UMUMIY QOIDALAR")?.number?.value == 1)
        #expect(HeadingParser.parse("I BO'LIM")?.kind == .part)
        #expect(HeadingParser.parse("BIRINCHI BOʻLIM. ASOSIY PRINSIPLAR")?.number?.value == 1)
        #expect(HeadingParser.parse("OLTINCHI BOʻLIM. KONSTITUTSIYANI OʻZGARTIRISH TARTIBI")?.number?.value == 6)
        let flattened = try #require(HeadingParser.parse("XVIII1 BOʻLIM."))
        #expect(flattened.number?.value == 18)
        #expect(flattened.number?.sup == 1)
        #expect(HeadingParser.parse("XXVII bob. Mudofaa va xavfsizlik")?.number?.value == 27)
        #expect(HeadingParser.parse("Birinchi qism")?.kind == .book)
        #expect(HeadingParser.parse("UMUMIY QISM")?.kind == .book)
        #expect(HeadingParser.parse("V. YAKUNLOVChI QOIDALAR")?.kind == .chapter)
    }

    @Test("Uzbek Cyrillic, Russian and English headings are read")
    func otherLanguages() throws {
        #expect(HeadingParser.parse("5-модда. Якунловчи қоида")?.kind == .article)
        #expect(HeadingParser.parse("II БЎЛИМ. НИКОҲ")?.kind == .part)
        let russian = try #require(HeadingParser.parse("Статья 12¹. Электронный каталог"))
        #expect(russian.kind == .article)
        #expect(russian.number?.value == 12)
        #expect(russian.number?.sup == 1)
        #expect(HeadingParser.parse("РАЗДЕЛ ПЕРВЫЙ. ОБЩИЕ ПОЛОЖЕНИЯ")?.kind == .part)
        #expect(HeadingParser.parse("ГЛАВА IV")?.number?.value == 4)
        #expect(HeadingParser.parse("Article 3. Duties")?.kind == .article)
        #expect(HeadingParser.parse("PART ONE")?.kind == .part)
        #expect(HeadingParser.parse("Chapter 2. Final provisions")?.kind == .chapter)
    }

    @Test("References inside the text are never taken for headings")
    func references() {
        #expect(HeadingParser.parse("28-moddada nazarda tutilgan hollarda") == nil)
        #expect(HeadingParser.parse("1-moddaning birinchi qismi") == nil)
        #expect(HeadingParser.parse("5-modda bilan belgilangan tartibda") == nil)
        #expect(HeadingParser.parse("Статья 5 настоящего Закона не ограничивает эти права.") == nil)
        #expect(HeadingParser.parse("Article 4 of this Law applies.") == nil)
        #expect(HeadingParser.parse("Part 1 of this Article") == nil)
        #expect(HeadingParser.parse("2020-yil 1-yanvardan boshlab") == nil)
        #expect(HeadingParser.parse("1 735") == nil)
        #expect(HeadingParser.parse("I guruh nogironligi boʻlgan shaxslar") == nil)
    }

    @Test("A flattened article number after its base article is read as a superscript")
    func flattenedNumbers() {
        let twelve = Provision.Position(base: 12, sup: 0)
        #expect(Provision.unflatten("121", after: twelve, strict: true) == Provision.Position(base: 12, sup: 1))
        #expect(Provision.unflatten("13", after: Provision.Position(base: 12, sup: 1), strict: true)
            == Provision.Position(base: 13, sup: 0))
        #expect(Provision.unflatten("1737", after: Provision.Position(base: 173, sup: 6), strict: true)
            == Provision.Position(base: 173, sup: 7))
        #expect(Provision.unflatten("12", after: Provision.Position(base: 1, sup: 0), strict: true)
            == Provision.Position(base: 12, sup: 0))
    }

    @Test("Numbered items are read with their marker: 1), a) and а)")
    func itemMarkers() throws {
        let digit = try #require(ItemMarker.parse("1) shartnomani tuzish paytida"))
        #expect(digit.style == .digits)
        #expect(digit.token == "1")
        #expect(digit.rest == "shartnomani tuzish paytida")
        #expect(ItemMarker.parse("b) water the trees.")?.style == .latinLetters)
        let cyrillic = try #require(ItemMarker.parse("б) на сайте библиотеки."))
        #expect(cyrillic.style == .cyrillicLetters)
        #expect(cyrillic.token == "b")
        #expect(ItemMarker.parse("1.") == nil)
        #expect(ItemMarker.parse("(soʻmda)") == nil)
    }
}
