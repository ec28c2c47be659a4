import Foundation
import Testing
import TestSupport
@testable import LibXML

/// Stylesheets compile once, take string parameters, escape text, and cannot write files or reach the network.
@Suite struct XSLTTests {
    private func stylesheet(_ body: String, folder: URL, name: String = "t.xsl", readableRoots: [String] = []) throws -> XSLTStylesheet {
        let text = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" xmlns:str="http://exslt.org/strings" extension-element-prefixes="exsl" exclude-result-prefixes="str">
            <xsl:output method="xml" omit-xml-declaration="yes" encoding="UTF-8"/>
            <xsl:param name="greeting" select="'none'"/>
            \(body)
            </xsl:stylesheet>
            """
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try XSLTStylesheet(path: path, readableRoots: readableRoots)
    }

    private let input = try! XMLDocument(data: Data("<doc><p>a &lt;b&gt; &amp; c</p><p>two</p></doc>".utf8))

    @Test func parametersArePassedAsStringsEvenWithQuotes() throws {
        let folder = try Fixtures.temporaryFolder()
        let sheet = try stylesheet("<xsl:template match='/'><out><xsl:value-of select='$greeting'/></out></xsl:template>", folder: folder)
        #expect(String(decoding: try sheet.transform(input, parameters: ["greeting": "it's \"quoted\""]), as: UTF8.self)
                == "<out>it's \"quoted\"</out>\n")
        #expect(String(decoding: try sheet.transform(input), as: UTF8.self) == "<out>none</out>\n")
    }

    @Test func documentTextIsEscapedInTheOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        let sheet = try stylesheet("<xsl:template match='/'><html><xsl:value-of select='doc/p[1]'/></html></xsl:template>", folder: folder)
        #expect(String(decoding: try sheet.transform(input), as: UTF8.self) == "<html>a &lt;b&gt; &amp; c</html>\n")
    }

    @Test func aResourceOfTheStylesheetsFolderIsParsedOnceAndReadByEveryTransformation() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data("<strings><s k='hello'>Salom</s><s k='bye'>Xayr</s></strings>".utf8).write(to: folder.appendingPathComponent("words.xml"))
        let sheet = try stylesheet("""
            <xsl:key name="w" match="s" use="@k"/>
            <xsl:template match="/"><out><xsl:for-each select="document('words.xml')"><xsl:value-of select="key('w', 'hello')"/>,<xsl:value-of select="count(key('w', 'bye'))"/></xsl:for-each>:<xsl:value-of select="count(//p)"/></out></xsl:template>
            """, folder: folder)
        #expect(String(decoding: try sheet.transform(input), as: UTF8.self) == "<out>Salom,1:2</out>\n")
        // Kept after the first transformation: changing the file no longer changes the result, and 200 transformations
        // on all cores read the one parsed copy.
        try Data("<strings><s k='hello'>Changed</s></strings>".utf8).write(to: folder.appendingPathComponent("words.xml"))
        let results = ResultsBox()
        DispatchQueue.concurrentPerform(iterations: 200) { _ in
            results.add((try? sheet.transform(self.input)).map { String(decoding: $0, as: UTF8.self) } ?? "failed")
        }
        #expect(results.all == Array(repeating: "<out>Salom,1:2</out>\n", count: 200))
    }

    @Test func aCompiledStylesheetIsReusedFromManyThreads() throws {
        let folder = try Fixtures.temporaryFolder()
        let sheet = try stylesheet("<xsl:template match='/'><n><xsl:value-of select='count(//p)'/>-<xsl:value-of select='$greeting'/></n></xsl:template>", folder: folder)
        let outputs = ResultList()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let result = (try? sheet.transform(input, parameters: ["greeting": "\(index)"])).map { String(decoding: $0, as: UTF8.self) } ?? "error"
            outputs.append(result)
        }
        #expect(Set(outputs.values) == Set((0..<64).map { "<n>2-\($0)</n>\n" }))
    }

    @Test func aStylesheetCannotWriteFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("written.txt").path
        let sheet = try stylesheet("<xsl:template match='/'><exsl:document href='\(target)' method='text'>pwned</exsl:document><done/></xsl:template>", folder: folder)
        #expect(throws: XMLError.self) { try sheet.transform(input) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func aStylesheetCannotReadOutsideItsRootsNorTheNetwork() throws {
        let folder = try Fixtures.temporaryFolder()
        let outside = try Fixtures.temporaryFolder().appendingPathComponent("secret.xml")
        try Data("<secret>s3cr3t</secret>".utf8).write(to: outside)
        let inside = folder.appendingPathComponent("strings.xml")
        try Data("<strings><s>hello</s></strings>".utf8).write(to: inside)
        let reader = try stylesheet("<xsl:template match='/'><r><xsl:value-of select='document($greeting)'/></r></xsl:template>", folder: folder)
        #expect(String(decoding: try reader.transform(input, parameters: ["greeting": inside.path]), as: UTF8.self) == "<r>hello</r>\n")
        let stolen = try? reader.transform(input, parameters: ["greeting": outside.path])
        #expect(stolen.map { String(decoding: $0, as: UTF8.self) }?.contains("s3cr3t") != true)
        let remote = try? reader.transform(input, parameters: ["greeting": "http://127.0.0.1:9/x.xml"])
        #expect(remote.map { String(decoding: $0, as: UTF8.self) }?.contains("<r>") != true || remote == nil)
        // A root granted explicitly becomes readable.
        let granted = try stylesheet("<xsl:template match='/'><r><xsl:value-of select='document($greeting)'/></r></xsl:template>",
                                     folder: folder, name: "g.xsl", readableRoots: [outside.deletingLastPathComponent().path])
        #expect(String(decoding: try granted.transform(input, parameters: ["greeting": outside.path]), as: UTF8.self) == "<r>s3cr3t</r>\n")
    }

    @Test func aBrokenStylesheetIsReportedNotPrinted() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("bad.xsl").path
        try Data("<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:template match='/'><xsl:value-of select='(('/></xsl:template></xsl:stylesheet>".utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(throws: XMLError.self) { try XSLTStylesheet(path: path) }
    }
}

/// Collects strings from concurrent iterations.
final class ResultList: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()
    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

/// Strings gathered from concurrent iterations.
final class ResultsBox: @unchecked Sendable {
    // Unchecked Sendable: every access holds the lock.
    private var values: [String] = []
    private let lock = NSLock()
    func add(_ value: String) { lock.lock(); values.append(value); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return values }
}
