import Foundation
import Testing
import TestSupport
@testable import LibXML

/// XPath with namespaces, serialisation, and XSD validation against the official schema.
@Suite struct XPathAndSchemaTests {
    static let akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    @Test func xpathSelectsNodesWithNamespacePrefixes() throws {
        let document = try XMLDocument(data: Data("<a xmlns=\"urn:q\"><b n=\"1\"/><c><b n=\"2\"/></c></a>".utf8))
        let nodes = try document.select("//q:b", namespaces: ["q": "urn:q"])
        #expect(nodes.map { $0.attribute("n") } == ["1", "2"])
        #expect(try document.string("count(//q:b)", namespaces: ["q": "urn:q"]) == "2")
        #expect(try document.select("//b").isEmpty, "unprefixed names match no namespace")
    }

    @Test func aBrokenXPathIsAnErrorNotACrash() throws {
        let document = try XMLDocument(data: Data("<a/>".utf8))
        #expect(throws: XMLError.self) { try document.select("//[") }
    }

    @Test func serialisationRoundTripsTheTree() throws {
        let text = "<r xmlns=\"urn:q\"><p a=\"1\">O\u{02BB}zbekiston &amp; qonun</p></r>"
        let document = try XMLDocument(data: Data(text.utf8))
        let again = try XMLDocument(data: document.serialized())
        #expect(again.root?.elements.first?.textContent == "O\u{02BB}zbekiston & qonun")
        #expect(again.root?.elements.first?.attribute("a") == "1")
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func theOfficialSchemaLoadsOnceAndValidatesManyDocuments() throws {
        let schema = try XMLSchema(path: Fixtures.schemaPath)
        let valid = try XMLDocument(path: Fixtures.sample("us_Act_2011-11-29.xml"))
        let invalid = try XMLDocument(path: Fixtures.sample("uk_aosp-1707-8-2007-01-01.akn.xml"))
        #expect(schema.validate(valid).isEmpty)
        let diagnostics = schema.validate(invalid)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 126)
        #expect(diagnostics.first?.message.contains("This element is not expected") == true)
        // The same compiled schema again: nothing is left over from the previous validation.
        #expect(schema.validate(valid).isEmpty)
    }

    @Test func aMissingSchemaFileIsReported() {
        #expect(throws: XMLError.self) { try XMLSchema(path: "/nonexistent/schema.xsd") }
    }
}
