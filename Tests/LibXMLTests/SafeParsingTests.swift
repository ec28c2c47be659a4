import Foundation
import Testing
@testable import LibXML

/// The safe parser refuses hostile XML with a reason, and reports malformed XML with its line.
@Suite struct SafeParsingTests {
    private func parse(_ text: String, limits: XMLParseLimits = .default) throws(XMLError) -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), name: "test.xml", limits: limits)
    }

    @Test func aWellFormedDocumentParsesWithItsElementsAndLines() throws {
        let document = try parse("<a xmlns=\"urn:x\">\n  <b id=\"1\">one</b>\n  <b id=\"2\">two</b>\n</a>")
        let root = try #require(document.root)
        #expect(root.name == "a")
        #expect(root.namespaceURI == "urn:x")
        #expect(root.elements.map { $0.attribute("id") } == ["1", "2"])
        #expect(root.elements.map(\.line) == [2, 3])
        #expect(root.elements.map(\.textContent) == ["one", "two"])
    }

    @Test func anExternalEntityAgainstALocalFileIsRefusedAsHostile() throws {
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n<r>&secret;</r>"
        #expect {
            try parse(xxe)
        } throws: { error in
            guard case XMLError.hostile(let source, let line, let reason) = error else { return false }
            return source == "test.xml" && line == 3 && reason.contains("external entity 'secret'") && reason.contains("/etc/passwd")
        }
    }

    @Test func aParameterEntityFetchingAnExternalDTDIsRefused() throws {
        let xxe = "<!DOCTYPE r [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]><r/>"
        #expect(throws: XMLError.self) { try parse(xxe) }
        do {
            _ = try parse(xxe)
        } catch {
            #expect(error.description.contains("refused as hostile XML"))
        }
    }

    @Test func aBillionLaughsBombIsRefusedBeforeExpanding() throws {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            bomb += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        bomb += "]>\n<lolz>&lol9;</lolz>"
        #expect {
            try parse(bomb)
        } throws: { error in
            guard case XMLError.hostile(_, let line, let reason) = error else { return false }
            return line == 3 && reason.contains("entity 'lol'") && reason.contains("expansion bombs")
        }
    }

    @Test func extremeNestingIsRefusedAtTheDepthLimit() throws {
        let depth = 50_000
        let deep = String(repeating: "<d>", count: depth) + String(repeating: "</d>", count: depth)
        #expect {
            try parse(deep)
        } throws: { error in
            guard case XMLError.hostile(_, _, let reason) = error else { return false }
            return reason == "elements nest deeper than 200 levels"
        }
        // Just under the limit is fine.
        let fine = String(repeating: "<d>", count: 200) + String(repeating: "</d>", count: 200)
        #expect(try parse(fine).root?.name == "d")
    }

    @Test func aDocumentOverTheSizeLimitIsRefusedUnparsed() throws {
        let big = "<r>" + String(repeating: "x", count: 5_000) + "</r>"
        #expect(throws: XMLError.tooLarge(source: "test.xml", size: big.utf8.count, limit: 4_096)) {
            try parse(big, limits: XMLParseLimits(maxBytes: 4_096))
        }
    }

    @Test func anOversizedFileIsRefusedBeforeItIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qonun-libxml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.xml").path
        try Data(repeating: 0x20, count: 10_000).write(to: URL(fileURLWithPath: path))
        #expect(throws: XMLError.tooLarge(source: path, size: 10_000, limit: 1_000)) {
            try XMLDocument(path: path, limits: XMLParseLimits(maxBytes: 1_000))
        }
    }

    @Test func invalidUTF8IsRejectedWithItsLine() throws {
        var bytes = Data("<r>\n<p>ok</p>\n<p>".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0xFF])
        bytes.append(Data("</p></r>".utf8))
        #expect {
            try XMLDocument(data: bytes, name: "bad.xml")
        } throws: { error in
            guard case XMLError.notWellFormed(let source, let diagnostics) = error else { return false }
            return source == "bad.xml" && diagnostics.first?.line == 3 && diagnostics.first?.message.contains("UTF-8") == true
        }
    }

    @Test func malformedXMLReportsTheLineAndLibxml2sReason() throws {
        #expect {
            try parse("<r>\n<a>\n</b>\n</r>")
        } throws: { error in
            guard case XMLError.notWellFormed(_, let diagnostics) = error else { return false }
            return diagnostics.first?.line == 3 && diagnostics.first?.message.contains("mismatch") == true
        }
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: XMLError.unreadable(source: "/nonexistent/act.xml", reason: "no such file")) {
            try XMLDocument(path: "/nonexistent/act.xml")
        }
    }

    @Test func emptyInputIsNotWellFormed() {
        #expect(throws: XMLError.self) { try parse("") }
    }
}
