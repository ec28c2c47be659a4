import Testing
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
}
