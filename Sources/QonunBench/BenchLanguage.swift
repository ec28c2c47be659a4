/// A language of the synthetic corpus, with its vocabulary and its way of numbering provisions.
enum BenchLanguage: CaseIterable, Sendable {
    case uzbek
    case russian

    /// The ISO 639-2 code used in FRBR URIs.
    var code: String {
        switch self {
        case .uzbek: "uzb"
        case .russian: "rus"
        }
    }

    /// The script recorded in Qonun's proprietary metadata.
    var script: String {
        switch self {
        case .uzbek: "Latn"
        case .russian: "Cyrl"
        }
    }

    /// The running-text vocabulary, Zipf-weighted.
    var text: ZipfVocabulary {
        switch self {
        case .uzbek: BenchLanguage.uzbekText
        case .russian: BenchLanguage.russianText
        }
    }

    /// The heading vocabulary, Zipf-weighted (flatter than the text).
    var headings: ZipfVocabulary {
        switch self {
        case .uzbek: BenchLanguage.uzbekHeadings
        case .russian: BenchLanguage.russianHeadings
        }
    }

    /// The act title for a subject index.
    func title(subject: Int) -> String {
        switch self {
        case .uzbek: UzbekVocabulary.title(UzbekVocabulary.titleSubjects[subject % UzbekVocabulary.titleSubjects.count])
        case .russian: RussianVocabulary.title(RussianVocabulary.titleSubjects[subject % RussianVocabulary.titleSubjects.count])
        }
    }

    /// `5-modda.` / `Статья 5.`
    func articleNum(_ label: String) -> String {
        switch self {
        case .uzbek: UzbekVocabulary.articleNum(label)
        case .russian: RussianVocabulary.articleNum(label)
        }
    }

    /// `2-bob.` / `Глава 2.`
    func chapterNum(_ number: Int) -> String {
        switch self {
        case .uzbek: UzbekVocabulary.chapterNum(number)
        case .russian: RussianVocabulary.chapterNum(number)
        }
    }

    /// A clause citing another article.
    func citation(article: Int) -> String {
        switch self {
        case .uzbek: UzbekVocabulary.citation(article: article)
        case .russian: RussianVocabulary.citation(article: article)
        }
    }

    /// Phrases introducing a list of points.
    var listIntro: [String] {
        switch self {
        case .uzbek: UzbekVocabulary.listIntro
        case .russian: RussianVocabulary.listIntro
        }
    }

    /// "Qonun" / "Закон": the document type shown in the preface.
    var docType: String {
        switch self {
        case .uzbek: "Oʻzbekiston Respublikasining Qonuni"
        case .russian: "Закон Республики Узбекистан"
        }
    }

    private static let uzbekText = ZipfVocabulary(UzbekVocabulary.text, exponent: 1.05)
    private static let russianText = ZipfVocabulary(RussianVocabulary.text, exponent: 1.05)
    private static let uzbekHeadings = ZipfVocabulary(UzbekVocabulary.headings, exponent: 0.6)
    private static let russianHeadings = ZipfVocabulary(RussianVocabulary.headings, exponent: 0.6)
}
