import Foundation

/// `generate-corpus OUT_DIR [--acts N] [--seed S]`: writes the synthetic registry corpus, one Akoma Ntoso file
/// per expression at OUT_DIR + expression URI + `.xml`. The same seed gives byte-identical files.
struct CorpusGenerator {
    /// The default number of acts: a little over 100,000 provisions.
    static let defaultActs = 300
    /// The default seed.
    static let defaultSeed: UInt64 = 20_260_101

    /// Where the files go.
    let directory: String
    /// How many acts.
    let acts: Int
    /// The seed of every random choice.
    let seed: UInt64

    /// What was written.
    struct Summary {
        var acts = 0
        var files = 0
        var bytes = 0
        var provisions = 0
    }

    /// Plans, serialises and writes every expression; acts are generated in parallel, written in order.
    func run() throws -> Summary {
        let planner = ActPlanner(seed: seed)
        var summary = Summary()
        let batch = 32
        var start = 0
        while start < acts {
            let indices = Array(start..<min(acts, start + batch))
            let documents = ParallelMap.map(indices) { index in expressions(of: planner.plan(index: index)) }
            for act in documents {
                summary.acts += 1
                for document in act {
                    let path = directory + document.uri + ".xml"
                    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                            withIntermediateDirectories: true)
                    let data = Data(document.xml.utf8)
                    guard FileManager.default.createFile(atPath: path, contents: data) else {
                        throw BenchError.io("cannot write \(path)")
                    }
                    summary.files += 1
                    summary.bytes += data.count
                    summary.provisions += document.provisions
                }
            }
            start += indices.count
        }
        return summary
    }

    /// One generated expression.
    struct Document: Sendable {
        var uri: String
        var xml: String
        var provisions: Int
    }

    private func expressions(of act: ActPlan) -> [Document] {
        var documents: [Document] = []
        for language in BenchLanguage.allCases {
            let writer = AKNActWriter(act: act, language: language, text: LegalTextGenerator(language: language, seed: seed))
            for (index, version) in act.versions.enumerated() {
                documents.append(Document(uri: act.expressionURI(language: language, version: version),
                                          xml: writer.xml(version: index), provisions: version.provisionCount))
            }
        }
        return documents
    }
}
