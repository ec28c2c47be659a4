import Testing
@testable import AkomaNtoso

/// FRBR URIs parse into their parts, format back identically, and malformed ones are rejected with the reason.
@Suite struct FRBRURITests {
    @Test(arguments: [
        "/akn/uz/act/2015-12-09/zru-395",
        "/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01",
        "/akn/uz/act/2015-12-09/zru-395/uzb@",
        "/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01~art_5__para_2",
        "/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01/!main",
        "/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01/!main~art_12_1.html",
        "/akn/uz/act/2015-12-09/zru-395/rus@2019-10-01.xml",
        "/akn/uz-tas/act/decree/hokim/2020-01-15/12",
        "/akn/za/act/2009/1/eng@",
        "/akn/it/bill/Ddl/2013-03-29/356/!main/allegato",
        "/akn/eu/documentCollection/COMproposal/ec/2013/619/eng@ver_final",
        "/akn/ke/debaterecord/2011-06-10",
        "/akn/us/act/2011-11-29/112-61/!main",
    ])
    func aValidURIRoundTrips(_ uri: String) throws {
        let parsed = try FRBRURI(parsing: uri)
        #expect(parsed.description == uri)
        #expect(try FRBRURI(parsing: parsed.description) == parsed)
    }

    @Test func everyPartIsRead() throws {
        let uri = try FRBRURI(parsing: "/akn/uz-tas/act/decree/hokim/2020-01-15/12/uzb@2021-03-01/!main~art_5__para_2.xml")
        #expect(uri.country == "uz")
        #expect(uri.locality == "tas")
        #expect(uri.docType == "act")
        #expect(uri.subtype == "decree")
        #expect(uri.actor == "hokim")
        #expect(uri.date == "2020-01-15")
        #expect(uri.number == "12")
        #expect(uri.language == "uzb")
        #expect(uri.expressionDate == "2021-03-01")
        #expect(uri.component == "main")
        #expect(uri.portion == "art_5__para_2")
        #expect(uri.format == "xml")
        #expect(uri.workURI == "/akn/uz-tas/act/decree/hokim/2020-01-15/12")
        #expect(uri.expression?.description == "/akn/uz-tas/act/decree/hokim/2020-01-15/12/uzb@2021-03-01")
    }

    /// Most URIs are ASCII and are split by bytes; the others by Characters, with the same results.
    @Test func aURIWithLettersBeyondASCIIParsesLikeAnyOther() throws {
        let uri = try FRBRURI(parsing: "/akn/uz/act/2015-12-09/зру-395/uzb@2019-10-01/!асосий~art_5.xml")
        #expect(uri.number == "зру-395")
        #expect(uri.component == "асосий")
        #expect(uri.portion == "art_5")
        #expect(uri.format == "xml")
        #expect(uri.workURI == "/akn/uz/act/2015-12-09/зру-395")
        // A combining accent after the dot makes one Character with it: that dot does not start a format.
        let accented = try FRBRURI(parsing: "/akn/uz/act/2015-12-09/n.\u{301}xml")
        #expect(accented.format == nil)
        #expect(accented.number == "n.\u{301}xml")
        #expect(throws: FRBRURIError.emptySegment("/akn/uz/act//2015-12-09/ё")) { try FRBRURI(parsing: "/akn/uz/act//2015-12-09/ё") }
    }

    @Test func theBareAtSignMeansAsEnacted() throws {
        let uri = try FRBRURI(parsing: "/akn/uz/act/2015-12-09/zru-395/uzb@")
        #expect(uri.expressionDate == "")
        #expect(uri.isExpression)
        let noAt = try FRBRURI(parsing: "/akn/uz/act/2015-12-09/zru-395")
        #expect(noAt.expressionDate == nil)
        #expect(!noAt.isExpression)
    }

    @Test func aPortionWrittenAfterASlashIsNormalised() throws {
        let uri = try FRBRURI(parsing: "/akn/uz/act/2015-12-09/demo-egov/~art_5")
        #expect(uri.portion == "art_5")
        #expect(uri.description == "/akn/uz/act/2015-12-09/demo-egov~art_5")
    }

    @Test(arguments: [
        ("http://www.legislation.gov.uk/id/ukpga/2014/27", FRBRURIError.notAkomaNtoso("http://www.legislation.gov.uk/id/ukpga/2014/27")),
        ("/akn/it//bill/Ddl/2013-03-29/356", .emptySegment("/akn/it//bill/Ddl/2013-03-29/356")),
        ("/akn/UZ/act/2015-12-09/zru-395", .invalidCountry("/akn/UZ/act/2015-12-09/zru-395", country: "UZ")),
        ("/akn/uzb/act/2015-12-09/zru-395", .invalidCountry("/akn/uzb/act/2015-12-09/zru-395", country: "uzb")),
        ("/akn/us/usc/title_9", .missingDate("/akn/us/usc/title_9")),
        ("/akn/uz/act/2015-02-30/zru-395", .invalidDate("/akn/uz/act/2015-02-30/zru-395", date: "2015-02-30")),
        ("/akn/uz/act/2015-12-09/zru-395/uzb@2019-13-01", .invalidDate("/akn/uz/act/2015-12-09/zru-395/uzb@2019-13-01", date: "2019-13-01")),
        ("/akn/uz/act/2015-12-09/zru-395/uz@2019-10-01", .invalidLanguage("/akn/uz/act/2015-12-09/zru-395/uz@2019-10-01", language: "uz")),
        ("/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01/extra", .unexpectedSegment("/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01/extra", segment: "extra")),
        ("/akn/uz/act/a/b/c/2015-12-09/x", .unexpectedSegment("/akn/uz/act/a/b/c/2015-12-09/x", segment: "c")),
        ("/akn/uz/act/2015-12-09/zru-395~", .invalidSuffix("/akn/uz/act/2015-12-09/zru-395~", reason: "has an empty or malformed portion after ~")),
    ])
    func aMalformedURIIsRejectedWithTheReason(_ uri: String, _ expected: FRBRURIError) {
        #expect(throws: expected) { try FRBRURI(parsing: uri) }
    }

    @Test func errorsReadAsSentences() {
        let error = FRBRURIError.invalidDate("/akn/uz/act/2015-02-30/x", date: "2015-02-30")
        #expect(error.description == "'/akn/uz/act/2015-02-30/x' has the date '2015-02-30', which is not a real calendar date")
    }

    @Test func otherSchemesAreKeptAsOpaqueIdentifiers() {
        #expect(WorkIdentifier("http://www.legislation.gov.uk/id/ukpga/2014/27") == .opaque("http://www.legislation.gov.uk/id/ukpga/2014/27"))
        #expect(WorkIdentifier("http://data.europa.eu/eli/reg/2016/679/oj").description == "http://data.europa.eu/eli/reg/2016/679/oj")
        #expect(WorkIdentifier("/akn/uz/act/2015-12-09/demo-egov").frbr?.number == "demo-egov")
    }

    @Test func leapDaysAreRealDates() {
        #expect(CalendarDate.isValidDay("2024-02-29"))
        #expect(!CalendarDate.isValidDay("2023-02-29"))
        #expect(!CalendarDate.isValidDay("1900-02-29"))
        #expect(CalendarDate.isValidDay("2000-02-29"))
        #expect(!CalendarDate.isValidDay("2019-04-31"))
    }
}
