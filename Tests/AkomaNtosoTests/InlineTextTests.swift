import Foundation
import Testing
import TestSupport
@testable import AkomaNtoso
import LibXML

/// Text is gathered as UTF-8 bytes; these pin the results to what the String and Character definitions
/// gave: Unicode whitespace collapsed in headings and citations, `<sup>` digits as superscripts.
struct InlineTextTests {
    /// Inputs whose whitespace a byte walk could get wrong.
    static let tricky: [String] = [
        "", " ", "  a  ", "a\u{A0}b", "a\u{2028}b\u{2029}c", "a\u{3000}b", "\u{85}a\u{85}", "a\u{1680}b",
        "a\u{2000}\u{2001}\u{200A}b", "a\u{202F}b\u{205F}c", "a\u{200B}b", "a\r\nb", "\r\n", "a\u{0B}\u{0C}b",
        "12\u{B9}-modda.", "oʻzbek tili", "Ўзбекистон Республикаси\u{A0}Қонуни", "«Закон» — №\u{A0}12",
        "e\u{301}", "a \u{301}b", "a\u{A0}\u{301}b", " \u{301}", "\u{600} a", "a \u{200D}b", "a\u{FE0F} b",
        "👨\u{200D}👩 x", "🇺🇿 flag", "한국 어", "ก\u{E33} า", "\u{483} x", "a\u{20DD} b", "\u{3000}\u{3000}",
    ]

    @Test(arguments: tricky)
    func bytewiseWhitespaceMatchesTheCharacterDefinition(_ text: String) {
        #expect(InlineWhitespace.normalized(Array(text.utf8)) == InlineWhitespace.characterwise(text))
    }

    @Test func unicodeWhitespaceCollapsesToOneSpace() {
        #expect(TextCollector.normalizedInline("  1-modda.\u{A0}\u{3000} Maqsad\u{2028}va\u{85}vazifalar \n") == "1-modda. Maqsad va vazifalar")
        #expect(TextCollector.normalizedInline("a\u{200B}b") == "a\u{200B}b")
    }

    @Test func aSpaceCarryingACombiningMarkIsWhitespaceMarkIncluded() {
        // " \u{301}" is one Character whose first scalar is a space.
        #expect(TextCollector.normalizedInline("a \u{301}b") == "a b")
    }

    /// (sup text, superscript or nil): spaces, tabs and U+00A0..U+200B are trimmed, newlines are not.
    static let superscripts: [(String, String?)] = [
        ("1", "¹"), ("12", "¹²"), ("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"), (" 3\t", "³"), ("\u{A0}4\u{3000}", "⁴"),
        ("\u{200B}5\u{2009}", "⁵"), ("\n1\n", nil), ("", nil), (" ", nil), ("1a", nil), ("1 2", nil),
        ("١", nil), ("1\u{301}", nil), ("²", nil),
    ]

    @Test(arguments: superscripts)
    func supTextBecomesSuperscriptDigits(_ text: String, _ expected: String?) {
        var buffer: [UInt8] = []
        let converted = Superscript.append(digitsIn: Array(text.utf8), to: &buffer)
        #expect((converted ? String(decoding: buffer, as: UTF8.self) : nil) == expected)
        #expect(expected == InlineTextTests.referenceSuperscript(text))
    }

    @Test func headingsCitationsAndRunningTextKeepTheirSemantics() throws {
        var act = MinimalAct()
        act.body = """
            <article eId="art_1"><num>12<sup> 1 </sup>-modda.</num><heading>Maqsad\u{A0}\u{3000}va
              vazifalar<authorialNote marker="1"><p>izoh</p></authorialNote></heading>
              <paragraph eId="art_1__para_1"><content><p>Matn <sup>2</sup> va <sup>
            3</sup> <ref href="/akn/uz/act/2019/1">Qonun\u{2028}ning  1-moddasi</ref>.</p></content></paragraph>
            </article>
            """
        let document = try AKNDocument(data: Data(act.xml.utf8))
        let article = try #require(document.provisions.first)
        #expect(article.num == "12¹-modda.")
        #expect(article.heading == "Maqsad va vazifalar")
        #expect(article.children.first?.text == "Matn ² va 3 Qonun\u{2028}ning 1-moddasi.")
        #expect(document.textReferences.first?.text == "Qonun ning 1-moddasi")
    }

    /// Every num, heading and subheading of the real samples and the corpus reads as the String-based
    /// reader read it.
    @Test func realHeadingsReadAsBefore() throws {
        var paths = Fixtures.hasShared ? Fixtures.samples : []
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus").path
        if let enumerator = FileManager.default.enumerator(atPath: corpus) {
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".xml") { paths.append("\(corpus)/\(relative)") }
            }
        }
        #expect(!paths.isEmpty)
        var compared = 0
        for path in paths {
            guard let xml = try? XMLDocument(path: path), let root = xml.root else { continue }
            func visit(_ node: XMLNode) {
                for child in node.elements {
                    if ["num", "heading", "subheading", "docTitle", "shortTitle"].contains(child.name) {
                        #expect(TextCollector.inlineText(of: child) == InlineTextTests.referenceInline(child), "\(path):\(child.line)")
                        #expect(TextCollector.normalizedText(of: child) == InlineWhitespace.characterwise(child.textContent), "\(path):\(child.line)")
                        compared += 1
                    }
                    visit(child)
                }
            }
            visit(root)
        }
        #expect(compared > 100)
    }

    /// The String-based definition the byte-based reader replaced.
    static func referenceInline(_ node: XMLNode) -> String {
        func gather(_ node: XMLNode, into buffer: inout String) {
            for child in node.children {
                switch child.kind {
                case .text: buffer += child.textContent
                case .element:
                    if child.name == "authorialNote" { continue }
                    if child.name == "sup", let superscript = referenceSuperscript(child.textContent) {
                        buffer += superscript
                        continue
                    }
                    gather(child, into: &buffer)
                default: continue
                }
            }
        }
        var buffer = ""
        gather(node, into: &buffer)
        return InlineWhitespace.characterwise(buffer)
    }

    static func referenceSuperscript(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let table: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        guard !text.isEmpty else { return nil }
        var result = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result
    }
}
