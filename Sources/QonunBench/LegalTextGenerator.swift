import Foundation

/// Writes the text of one provision in one language from a seed: the same seed always gives the same words,
/// so a provision left unchanged by a later version keeps its exact text.
struct LegalTextGenerator {
    /// The language written.
    let language: BenchLanguage
    /// The corpus seed.
    let seed: UInt64

    /// Streams of the corpus PRNG: each kind of text draws from its own.
    private enum Stream: UInt64 {
        case sentence = 11, heading = 12, intro = 13, point = 14
    }

    /// A paragraph's text: one to three sentences, sometimes citing another article (1...articleCount).
    func paragraph(_ textSeed: UInt64, articleCount: Int) -> String {
        var random = SplitMix64(seed: seed, stream: Stream.sentence.rawValue, textSeed)
        let count = random.inRange(1...3)
        var sentences: [String] = []
        for _ in 0..<count {
            var words = phrase(&random, length: random.inRange(7...18))
            if random.chance(0.08) {
                words += ", " + language.citation(article: random.inRange(1...max(1, articleCount)))
            }
            sentences.append(capitalized(words) + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// The introduction of a paragraph that lists points, ending in a colon.
    func intro(_ textSeed: UInt64) -> String {
        var random = SplitMix64(seed: seed, stream: Stream.intro.rawValue, textSeed)
        let words = phrase(&random, length: random.inRange(4...9))
        return capitalized(words) + " " + random.element(of: language.listIntro) + ":"
    }

    /// A point of a list: a short clause ending in `;` or, for the last, `.`.
    func point(_ textSeed: UInt64, last: Bool) -> String {
        var random = SplitMix64(seed: seed, stream: Stream.point.rawValue, textSeed)
        return phrase(&random, length: random.inRange(4...12)) + (last ? "." : ";")
    }

    /// An article or chapter heading: one or two heading phrases.
    func heading(_ textSeed: UInt64) -> String {
        var random = SplitMix64(seed: seed, stream: Stream.heading.rawValue, textSeed)
        let first = language.headings.pick(&random)
        guard random.chance(0.3) else { return first }
        let second = language.headings.pick(&random)
        return second == first ? first : first + (language == .uzbek ? " va " : " и ") + lowercasedFirst(second)
    }

    /// `length` words of running text, with the apostrophe spellings met in real Uzbek text.
    private func phrase(_ random: inout SplitMix64, length: Int) -> String {
        var words: [String] = []
        words.reserveCapacity(length)
        for _ in 0..<length {
            var word = language.text.pick(&random)
            if language == .uzbek, word.unicodeScalars.contains(where: { $0 == "\u{02BB}" || $0 == "\u{02BC}" }) {
                word = LegalTextGenerator.respelled(word, variant: random.below(40))
            }
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    /// Most Uzbek text uses ʻ and ʼ; some is typed with ASCII `'` or typographic quotes, which search must fold.
    static func respelled(_ word: String, variant: Int) -> String {
        switch variant {
        case 0: return word.replacingOccurrences(of: "\u{02BB}", with: "'").replacingOccurrences(of: "\u{02BC}", with: "'")
        case 1: return word.replacingOccurrences(of: "\u{02BB}", with: "\u{2018}").replacingOccurrences(of: "\u{02BC}", with: "\u{2019}")
        default: return word
        }
    }

    private func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return String(first).uppercased() + text.dropFirst()
    }

    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return String(first).lowercased() + text.dropFirst()
    }
}
