import Foundation
import Testing
import TestSupport
@testable import AkomaNtoso
import LibXML

/// The structural checks find what the schema cannot: duplicate eIds per scope and inconsistent FRBR data.
@Suite struct StructureCheckTests {
    @Test func aConsistentActHasNoStructuralIssues() throws {
        let act = try MinimalAct().document()
        #expect(act.issues == [])
        #expect(act.document.provisions.count(of: "article") == 2)
        #expect(act.document.provision(eId: "art_2")?.heading == "Tushunchalar")
        #expect(act.document.provision(eId: "art_1__para_1")?.text == "Birinchi xatboshi.")
    }

    @Test func aDuplicateEIdIsReportedWithBothLines() throws {
        var act = MinimalAct()
        act.body = act.body.replacingOccurrences(of: "art_2__para_1", with: "art_1__para_1")
        let issues = try act.document().issues
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.kind == .structure)
        #expect(issue.message.hasPrefix("duplicate eId 'art_1__para_1' on <paragraph> (first used on line "))
    }

    @Test func everyRepeatOfAnEIdPointsAtItsFirstUse() throws {
        var act = MinimalAct()
        act.body = act.body.replacingOccurrences(of: "art_2__para_1", with: "art_1").replacingOccurrences(of: "\"art_2\"", with: "\"art_1\"")
        let issues = try act.document().issues
        #expect(issues.count == 2)
        let firstLine = try #require(act.xml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("eId=\"art_1\"") }) + 1
        #expect(issues.allSatisfy { $0.message.hasSuffix("(first used on line \(firstLine))") })
    }

    @Test func eIdsThatAreNotASCIICompareAsStrings() throws {
        // A precomposed and a decomposed é are the same String, so the same eId, though their bytes differ.
        var act = MinimalAct()
        act.body = act.body.replacingOccurrences(of: "\"art_1__para_1\"", with: "\"caf\u{E9}\"")
            .replacingOccurrences(of: "\"art_2__para_1\"", with: "\"cafe\u{301}\"")
        let issues = try act.document().issues
        #expect(issues.count == 1)
        #expect(issues.first?.message.hasPrefix("duplicate eId 'cafe\u{301}' on <paragraph>") == true)
    }

    @Test func anAttachmentIsAScopeOfItsOwnForEIds() throws {
        var act = MinimalAct()
        act.attachments = """
            <attachments><attachment eId="att_1"><doc name="schedule">
              <meta><identification source="#qonun">
                <FRBRWork><FRBRthis value="/akn/uz/act/2020-01-15/demo-1/!schedule"/><FRBRuri value="/akn/uz/act/2020-01-15/demo-1"/>
                  <FRBRdate date="2020-01-15" name="Generation"/><FRBRauthor href="#parliament"/><FRBRcountry value="uz"/></FRBRWork>
                <FRBRExpression><FRBRthis value="/akn/uz/act/2020-01-15/demo-1/uzb@2020-01-15/!schedule"/><FRBRuri value="/akn/uz/act/2020-01-15/demo-1/uzb@2020-01-15"/>
                  <FRBRdate date="2020-01-15" name="Generation"/><FRBRauthor href="#parliament"/><FRBRlanguage language="uzb"/></FRBRExpression>
                <FRBRManifestation><FRBRthis value="/akn/uz/act/2020-01-15/demo-1/uzb@2020-01-15/!schedule.xml"/><FRBRuri value="/akn/uz/act/2020-01-15/demo-1/uzb@2020-01-15.akn"/>
                  <FRBRdate date="2020-01-16" name="transform"/><FRBRauthor href="#qonun"/></FRBRManifestation>
              </identification></meta>
              <mainBody><hcontainer eId="art_1" name="item"><content><p>Ilova.</p></content></hcontainer>
                <hcontainer eId="hcontainer_2" name="item"><content><p>x</p></content></hcontainer>
                <hcontainer eId="hcontainer_2" name="item"><content><p>y</p></content></hcontainer></mainBody>
            </doc></attachment></attachments>
            """
        let parsed = try act.document()
        // art_1 in the schedule does not clash with the act's art_1; the schedule's own duplicate does.
        #expect(parsed.issues.count == 1)
        #expect(parsed.issues.first?.message.hasPrefix("duplicate eId 'hcontainer_2' on <hcontainer>") == true)
        #expect(parsed.document.components.count == 1)
        #expect(parsed.document.components.first?.document?.provisions.count == 3)
    }

    @Test func aMissingFRBRDateIsReported() throws {
        var act = MinimalAct()
        act.workDate = nil
        #expect(try act.document().issues.map(\.message) == ["FRBRWork has no FRBRdate"])
    }

    @Test func aCountryThatContradictsTheURIIsReported() throws {
        var act = MinimalAct()
        act.country = "kz"
        #expect(try act.document().issues.map(\.message) == [
            "FRBRcountry 'kz' does not match the country 'uz' of FRBRuri '/akn/uz/act/2020-01-15/demo-1'",
        ])
    }

    @Test func aLanguageThatContradictsTheExpressionURIIsReported() throws {
        var act = MinimalAct()
        act.language = "rus"
        #expect(try act.document().issues.map(\.message) == [
            "FRBRlanguage 'rus' does not match the language 'uzb' of FRBRuri '/akn/uz/act/2020-01-15/demo-1/uzb@2020-01-15'",
        ])
    }

    @Test func anExpressionOfAnotherWorkIsReported() throws {
        var act = MinimalAct()
        act.expressionURI = "/akn/uz/act/2020-01-15/demo-2/uzb@2020-01-15"
        let messages = try act.document().issues.map(\.message)
        #expect(messages.contains("FRBRExpression/FRBRuri '/akn/uz/act/2020-01-15/demo-2/uzb@2020-01-15' is not an expression of the work '/akn/uz/act/2020-01-15/demo-1'"))
    }

    @Test func aMalformedWorkURIIsReportedWithTheParsersReason() throws {
        var act = MinimalAct()
        act.workURI = "/akn/uz/act/2020-02-31/demo-1"
        act.expressionURI = "/akn/uz/act/2020-02-31/demo-1/uzb@2020-01-15"
        let messages = try act.document().issues.map(\.message)
        #expect(messages.first == "FRBRWork/FRBRuri '/akn/uz/act/2020-02-31/demo-1' has the date '2020-02-31', which is not a real calendar date")
    }

    @Test func aDocumentThatIsNotAkomaNtosoIsRefused() {
        #expect(throws: AKNError.notAkomaNtoso(source: "test.xml", root: "html")) {
            try AKNDocument(data: Data("<html/>".utf8), name: "test.xml")
        }
    }
}
