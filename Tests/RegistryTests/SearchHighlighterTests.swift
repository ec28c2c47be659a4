import Foundation
import Testing
@testable import Registry

/// Snippets and highlights mark what the index matched, however it was typed, and cut long texts around it.
@Suite struct SearchHighlighterTests {
    private func highlighter(_ query: String) throws -> SearchHighlighter {
        SearchHighlighter(query: try SearchQuery(parsing: query))
    }

    private func visible(_ marked: String) -> String {
        marked.replacingOccurrences(of: "\u{1}", with: "[").replacingOccurrences(of: "\u{2}", with: "]")
    }

    @Test func everySpellingOfAWordIsMarkedInTheTextAsWritten() throws {
        let text = "Oʻzbekiston Respublikasi va o‘zbekiston fuqarolari"
        for query in ["o'zbekiston", "Ўзбекистон", "OʼZBEKISTON"] {
            #expect(visible(try highlighter(query).highlight(text)) == "[Oʻzbekiston] Respublikasi va [o‘zbekiston] fuqarolari", "\(query)")
        }
    }

    @Test func aPhraseIsOneMarkedRunAndItsWordsAloneAreNot() throws {
        let text = "Communications data is data; retention of communications data is limited."
        #expect(visible(try highlighter("\"communications data\"").highlight(text))
                == "[Communications data] is data; retention of [communications data] is limited.")
    }

    @Test func prefixesMarkWholeWordsAndExcludedWordsAreNeverMarked() throws {
        let text = "Litsenziyalar va litsenziya talablari, portal orqali"
        #expect(visible(try highlighter("litsenziya* -portal").highlight(text)) == "[Litsenziyalar] va [litsenziya] talablari, portal orqali")
    }

    @Test func aLongTextIsCutAroundTheMatchWithEllipses() throws {
        let words = (1...60).map { "w\($0)" }
        let text = (words[0..<30] + ["tariff"] + words[30...]).joined(separator: " ")
        let snippet = visible(try highlighter("tariff").snippet(text, length: 16))
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains("[tariff]"))
        let shown = snippet.trimmingCharacters(in: CharacterSet(charactersIn: "…")).split(separator: " ")
        #expect(shown.count == 16)
        // Centred: as many words before the match as after it (give or take one).
        let position = try #require(shown.firstIndex(of: "[tariff]"))
        #expect(abs(position - (15 - position)) <= 1)
    }

    @Test func theWindowWithTheMostDifferentTermsWins() throws {
        let filler = (1...40).map { "f\($0)" }.joined(separator: " ")
        let text = "alpha alpha alpha " + filler + " alpha beta " + filler
        let snippet = visible(try highlighter("alpha beta").snippet(text, length: 16))
        #expect(snippet.contains("[alpha] [beta]"))
    }

    @Test func aShortTextIsShownWholeAndATextWithoutMatchesFromItsStart() throws {
        #expect(visible(try highlighter("tariff").snippet("The tariff applies.", length: 16)) == "The [tariff] applies.")
        let long = (1...30).map { "w\($0)" }.joined(separator: " ")
        #expect(try highlighter("tariff").snippet(long, length: 16) == (1...16).map { "w\($0)" }.joined(separator: " ") + "…")
    }
}
