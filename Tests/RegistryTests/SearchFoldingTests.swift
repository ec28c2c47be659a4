import Foundation
import Testing
import TestSupport
@testable import Registry

/// The folding that makes every spelling of a word one index entry.
@Suite struct SearchFoldingTests {
    @Test func apostropheVariantsFoldToOne() {
        let forms = ["o'zbekiston", "oʻzbekiston", "o‘zbekiston", "o’zbekiston", "o`zbekiston", "Oʼzbekiston"]
        #expect(Set(forms.map(SearchFolding.fold(word:))) == ["o'zbekiston"])
    }

    @Test func uzbekCyrillicFoldsToLatin() {
        #expect(SearchFolding.fold(word: "Ўзбекистон") == SearchFolding.fold(word: "Oʻzbekiston"))
        #expect(SearchFolding.fold(word: "ҚОНУН") == "qonun")
        #expect(SearchFolding.fold(word: "маъмурий") == SearchFolding.fold(word: "maʼmuriy"))
        #expect(SearchFolding.fold(word: "ғазна") == SearchFolding.fold(word: "gʻazna"))
        #expect(SearchFolding.fold(word: "ер") == SearchFolding.fold(word: "yer"))
        #expect(SearchFolding.fold(word: "ёш") == SearchFolding.fold(word: "yosh"))
        #expect(SearchFolding.fold(word: "шаҳар") == SearchFolding.fold(word: "shahar"))
    }

    @Test func russianYoIsYe() {
        #expect(SearchFolding.fold(word: "всё") == SearchFolding.fold(word: "все"))
        #expect(SearchFolding.fold(word: "Ёлка") == SearchFolding.fold(word: "елка"))
    }

    @Test func decomposedLettersAreComposedFirst() {
        #expect(SearchFolding.fold(word: "и\u{0306}од") == SearchFolding.fold(word: "йод"))
        #expect(SearchFolding.fold(word: "Cafe\u{0301}") == "café")
    }

    @Test func wordsSplitOnSpacesAndPunctuationButKeepInnerApostrophes() {
        #expect(SearchFolding.words(in: "Oʻzbekiston Respublikasining «ta’lim» to‘g‘risidagi, 12¹-modda") ==
                ["o'zbekiston", "respublikasining", "ta'lim", "to'g'risidagi", "121", "modda"])
        #expect(SearchFolding.words(in: "‘quoted’ words") == ["quoted", "words"])
    }

    /// The reference: `WordScanner` words, each folded by `SearchFolding.fold`.
    private func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        WordScanner.scan(Array(text.utf8)) { scalars, start, end in
            var output: [UInt8] = []
            SearchFolding.fold(scalars, into: &output)
            if !output.isEmpty { tokens.append("\(String(decoding: output, as: UTF8.self))@\(start)-\(end)") }
        }
        return tokens
    }

    private func tokenizerTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            FoldingScanner.scan(bytes) { folded, start, end in
                tokens.append("\(String(decoding: folded, as: UTF8.self))@\(start)-\(end)")
                return true
            }
        }
        return tokens
    }

    @Test func theTokenizersOnePassScannerAgreesWithWordScannerAndFold() {
        let tricky = [
            "Oʻzbekiston Respublikasining «ta’lim» to‘g‘risidagi, 12¹-modda", "‘quoted’ words", "a''b o'' 'x",
            "и\u{0306}од Cafe\u{0301} naïve", "ЕЛКА ёлка поэт маъмурий ўқув ғазна шаҳар", "x\u{FFFD}y \u{00}z",
            "Ёмғир, ер; юрт — ОЛИЙ МАЖЛИС", "中文 ελληνικά ʻ ʼ", String(decoding: [0x61, 0xC3, 0x28, 0x62, 0xE2, 0x82], as: UTF8.self),
        ]
        for text in tricky { #expect(tokenizerTokens(text) == referenceTokens(text), "\(text)") }
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func theTokenizersOnePassScannerAgreesOnEveryLexUzText() throws {
        let folder = Fixtures.sharedPath("lexuz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 10)
        for name in names {
            let text = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
            let expected = referenceTokens(text)
            #expect(expected.count > 1_000)
            #expect(tokenizerTokens(text) == expected, "\(name)")
        }
    }
}
