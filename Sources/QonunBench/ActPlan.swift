/// The language-independent structure of one synthetic act and of each of its dated versions; the text of each
/// provision is produced later, per language, from the seeds stored here.
struct ActPlan: Sendable {
    /// A point of a list, identified by its text seed.
    struct Point: Sendable, Equatable {
        var seed: UInt64
    }

    /// A paragraph: its own text, or an introduction followed by points.
    struct Paragraph: Sendable, Equatable {
        var seed: UInt64
        var points: [Point]
    }

    /// An article; `insertion` > 0 for an article inserted by an amendment after `number` (`12¹`).
    struct Article: Sendable, Equatable {
        var number: Int
        var insertion: Int
        var headingSeed: UInt64
        var paragraphs: [Paragraph]

        /// `art_12` or `art_12_1`.
        var eId: String { insertion == 0 ? "art_\(number)" : "art_\(number)_\(insertion)" }

        /// `12` or `12¹`.
        var label: String { insertion == 0 ? "\(number)" : "\(number)\(ActPlan.superscript(insertion))" }
    }

    /// A chapter and its articles.
    struct Chapter: Sendable, Equatable {
        var number: Int
        var headingSeed: UInt64
        var articles: [Article]
    }

    /// One dated version: the consolidated text in force from `date`.
    struct Version: Sendable, Equatable {
        var date: String
        var chapters: [Chapter]

        /// Chapters + articles + paragraphs + points: the provisions the registry indexes.
        var provisionCount: Int {
            chapters.reduce(0) { total, chapter in
                total + 1 + chapter.articles.reduce(0) { total, article in
                    total + 1 + article.paragraphs.reduce(0) { $0 + 1 + $1.points.count }
                }
            }
        }

        /// The number of the last original article (for citations).
        var articleCount: Int {
            chapters.flatMap(\.articles).map(\.number).max() ?? 1
        }
    }

    /// The act's position in the corpus (0-based).
    var index: Int
    /// `bench-17`.
    var number: String
    /// Enactment day, YYYY-MM-DD.
    var workDate: String
    /// Index into the title subjects.
    var subject: Int
    /// The versions, oldest first; the first is the text as enacted (dated `workDate`).
    var versions: [Version]

    /// `/akn/uz/act/2010-05-17/bench-17`
    var workURI: String { "/akn/uz/act/\(workDate)/\(number)" }

    /// `/akn/uz/act/2010-05-17/bench-17/uzb@2012-01-01`
    func expressionURI(language: BenchLanguage, version: Version) -> String {
        "\(workURI)/\(language.code)@\(version.date)"
    }

    /// The superscript form of a small number (¹, ², ³, ⁴...).
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
