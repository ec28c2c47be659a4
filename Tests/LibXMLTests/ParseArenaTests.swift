import Foundation
import Testing
import TestSupport
@testable import LibXML

/// Parsed trees live in parse arenas (one slot per live document): what a document holds must read back
/// exactly however many other documents are parsed and dropped meanwhile, on however many threads.
@Suite(.serialized) struct ParseArenaTests {
    private func parse(_ path: String) throws -> XMLDocument {
        try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: path)), name: path)
    }

    /// The corpus's documents, each with its serialisation and text as first read.
    private func readCorpus() throws -> [(path: String, document: XMLDocument, xml: Data, text: String)] {
        try Fixtures.corpusFiles.map { path in
            let document = try parse(path)
            return (path, document, document.serialized(), try #require(document.root).textContent)
        }
    }

    @Test func aTreeParsedIntoASlotReadsBackUnchangedAfterOtherDocumentsReuseTheArena() async throws {
        let kept = try readCorpus()
        #expect(LibXMLRuntime.arenasInstalled)
        #expect(kept.count == 15)
        let arena = try #require(kept[0].document.arena)
        // The slot holds at least libxml2's copy of the input and the tree built from it.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: kept[0].path)[.size] as? Int)
        #expect(arena.used > 2 * size)

        // Other threads parse and drop every corpus file 20 times, so slots are emptied and refilled.
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var elements = 0
                    for _ in 0..<5 {
                        for path in Fixtures.corpusFiles {
                            let document = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: path)), name: path)
                            elements += try #require(document.root).elements.count
                        }
                    }
                    return elements
                }
            }
            var totals: Set<Int> = []
            for try await total in group { totals.insert(total) }
            #expect(totals.count == 1)
        }
        for entry in kept {
            #expect(entry.document.serialized() == entry.xml, "\(entry.path)")
            #expect(try #require(entry.document.root).textContent == entry.text, "\(entry.path)")
        }
    }

    @Test func withEverySlotHeldByALiveDocumentParsingFallsBackToTheHeap() throws {
        let path = try #require(Fixtures.corpusFiles.first)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        // The region has 64 slots; 70 live documents need the heap for at least six.
        let documents = try (0..<70).map { index in try XMLDocument(data: data, name: "\(index)") }
        let inArenas = documents.filter { $0.arena != nil }.count
        #expect(inArenas > 0 && inArenas <= 64)
        #expect(documents.count - inArenas >= 6)
        let expected = documents[0].serialized()
        for document in documents { #expect(document.serialized() == expected, "\(document.source)") }
        let slots = Set(documents.compactMap { $0.arena?.slot })
        #expect(slots.count == inArenas)
    }

    @Test func longTextThatLibxml2GrowsPieceByPieceIsIntact() throws {
        // Character references and entity references split a text node into many pieces that libxml2 joins
        // by growing its buffer: in place while the piece is the slot's last block, by a copy otherwise.
        var expected = ""
        var xml = "<a><b>"
        for index in 0..<20_000 {
            let word = "soʻz\(index) "
            expected += word + "&<"
            xml += word.replacingOccurrences(of: "ʻ", with: "&#x2BB;") + "&amp;&lt;"
        }
        xml += "</b><c x=\"1\"/></a>"
        let document = try XMLDocument(data: Data(xml.utf8), name: "long.xml")
        let root = try #require(document.root)
        #expect(root.elements.first?.textContent == expected)
        #expect(root.elements.last?.attribute("x") == "1")
    }

    @Test func aDocumentChangedAfterParsingKeepsItsChangesAndIsFreed() throws {
        let path = try #require(Fixtures.corpusFiles.first)
        let long = String(repeating: "qiymat ", count: 5_000)
        for _ in 0..<50 {
            let document = try parse(path)
            let root = try #require(document.root)
            root.setAttribute("data-note", value: long)
            #expect(root.attribute("data-note") == long)
            #expect(String(decoding: document.serialized(), as: UTF8.self).contains("data-note=\"qiymat qiymat"))
        }
    }

    @Test func aRefusedDocumentGivesItsSlotBack() async throws {
        // Malformed and hostile inputs fail after their trees were partly built in a slot; if those slots were
        // not given back, the 64 would run out long before the 200th parse below.
        for index in 0..<200 {
            #expect(throws: XMLError.self) { try XMLDocument(data: Data("<a><b>\(index)</a>".utf8), name: "bad.xml") }
            #expect(throws: XMLError.self) {
                try XMLDocument(data: Data("<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>".utf8), name: "bomb.xml")
            }
        }
        // Other suites may hold slots for a moment, so a few tries are allowed; leaked slots would never come back.
        var inArena = false
        for _ in 0..<50 where !inArena {
            let document = try XMLDocument(data: Data("<a>ok</a>".utf8), name: "after.xml")
            #expect(document.root?.textContent == "ok")
            inArena = document.arena != nil
            if !inArena { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(inArena)
    }
}
