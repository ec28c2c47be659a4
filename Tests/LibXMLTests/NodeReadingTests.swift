import Foundation
import Testing
@testable import LibXML

/// Reading attributes, names and text straight from libxml2's tree gives what libxml2's own functions give.
@Suite struct NodeReadingTests {
    private func root(_ text: String) throws -> XMLNode {
        try #require(try XMLDocument(data: Data(text.utf8), name: "test.xml").root)
    }

    @Test func attributesReadDirectlyMatchLibxml2() throws {
        let node = try root(#"<r xmlns:q="urn:q" a="plain" b="x &amp; y&#10;z &lt;&#x1F600;" c="" q:s="marked" s="own"/>"#)
        #expect(node.attribute("a") == "plain")
        #expect(node.attribute("b") == "x & y\nz <😀")
        #expect(node.attribute("c") == "")
        #expect(node.attribute("missing") == nil)
        #expect(node.attribute("s") == "own")
        #expect(node.attribute("s", namespace: "urn:q") == "marked")
        #expect(node.attribute("a", namespace: "urn:q") == nil)
        #expect(node.attribute("s", namespace: "urn:other") == nil)
        #expect(node.attribute("a\u{0}b") == nil)
    }

    @Test func aDefaultDeclaredInTheDTDIsStillAnAttributesValue() throws {
        let node = try root("<!DOCTYPE r [<!ATTLIST r d CDATA \"declared\">]><r a=\"1\"/>")
        #expect(node.attribute("d") == "declared")
        #expect(node.attribute("a") == "1")
        #expect(node.attribute("none") == nil)
    }

    @Test func textNodesHaveNoAttributes() throws {
        // In compact mode libxml2 keeps a short text's bytes where an element keeps its attributes.
        let node = try root("<r>tiny</r>")
        let text = try #require(node.children.first)
        #expect(text.kind == .text)
        #expect(text.attribute("tiny") == nil)
        #expect(text.attribute("x", namespace: "urn:q") == nil)
    }

    @Test func elementsAreVisitedAndFoundWithoutArrays() throws {
        let node = try root("<r>t<a/><!-- c --><b n=\"1\"/>u<b n=\"2\"/><?pi x?></r>")
        var names: [String] = []
        node.forEachElement { names.append($0.name) }
        #expect(names == ["a", "b", "b"])
        #expect(node.firstElement(where: { $0.isNamed("b") })?.attribute("n") == "1")
        #expect(node.firstElement(named: "b")?.attribute("n") == "1")
        #expect(node.firstElement(named: "c") == nil)
        #expect(node.isNamed("r") && !node.isNamed("") && !node.isNamed("rr"))
    }

    @Test func textContentBytesMatchTextContent() throws {
        let node = try root("<r>one <a>two<!-- no --><b>three</b></a><?pi four?> five&amp;<![CDATA[<six>]]></r>")
        var bytes: [UInt8] = []
        node.appendTextContent(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == node.textContent)
        #expect(node.textContent == "one twothree five&<six>")
        for child in node.children {
            var childBytes: [UInt8] = []
            child.appendTextContent(to: &childBytes)
            #expect(String(decoding: childBytes, as: UTF8.self) == child.textContent)
        }
    }

    @Test func aNameTableFindsNamesByTheirBytes() throws {
        let table = XMLNameTable(["article", "section", "", "p", "article", "долг"])
        #expect(table.index(of: "article") == 0)
        #expect(table.index(of: "section") == 1)
        #expect(table.index(of: "") == 2)
        #expect(table.index(of: "p") == 3)
        #expect(table.index(of: "долг") == 5)
        #expect(table.index(of: "articles") == nil)
        #expect(table.index(of: "Article") == nil)
        let node = try root("<r><section/><x/></r>")
        #expect(node.elements.map { table.index(of: $0) } == [1, nil])
        #expect(table.index(of: node) == nil)
        let many = XMLNameTable((0..<300).map { "name\($0)" })
        for number in 0..<300 { #expect(many.index(of: "name\(number)") == number) }
        #expect(many.index(of: "name300") == nil)
    }
}
