/// Plans the synthetic acts: dates, structure and versions, from the corpus seed and the act's index alone.
struct ActPlanner {
    /// The corpus seed.
    let seed: UInt64

    /// Streams of the corpus PRNG used for planning.
    private enum Stream: UInt64 {
        case act = 1, amendment = 2
    }

    /// The plan of act `index`.
    func plan(index: Int) -> ActPlan {
        var random = SplitMix64(seed: seed, stream: Stream.act.rawValue, UInt64(index))
        let year = random.inRange(1995...2019)
        let workDate = ActPlanner.day(year: year, &random)
        var chapters: [ActPlan.Chapter] = []
        var articleNumber = 0
        for chapterNumber in 1...random.inRange(2...5) {
            var articles: [ActPlan.Article] = []
            for _ in 0..<random.inRange(2...6) {
                articleNumber += 1
                let paragraphs = (0..<random.inRange(1...4)).map { _ in ActPlanner.paragraph(&random) }
                articles.append(ActPlan.Article(number: articleNumber, insertion: 0, headingSeed: random.next(), paragraphs: paragraphs))
            }
            chapters.append(ActPlan.Chapter(number: chapterNumber, headingSeed: random.next(), articles: articles))
        }
        var versions = [ActPlan.Version(date: workDate, chapters: chapters)]
        let versionCount = [1, 2, 2, 3, 3][random.below(5)]
        var versionYear = year
        for version in 1..<versionCount {
            versionYear = min(2025, versionYear + random.inRange(1...4))
            let date = ActPlanner.day(year: versionYear, &random)
            guard date > versions[versions.count - 1].date else { break }
            var amending = SplitMix64(seed: seed, stream: Stream.amendment.rawValue, UInt64(index) << 8 | UInt64(version))
            versions.append(ActPlanner.amend(versions[versions.count - 1], date: date, &amending))
        }
        return ActPlan(index: index, number: "bench-\(index + 1)", workDate: workDate, subject: random.below(1000), versions: versions)
    }

    /// A paragraph: plain text (two in three) or an introduction with two to five points.
    private static func paragraph(_ random: inout SplitMix64) -> ActPlan.Paragraph {
        let seed = random.next()
        guard random.chance(0.35) else { return ActPlan.Paragraph(seed: seed, points: []) }
        return ActPlan.Paragraph(seed: seed, points: (0..<random.inRange(2...5)).map { _ in ActPlan.Point(seed: random.next()) })
    }

    /// The next version: some paragraphs reworded, some points and paragraphs added, usually an article inserted.
    static func amend(_ previous: ActPlan.Version, date: String, _ random: inout SplitMix64) -> ActPlan.Version {
        var next = previous
        next.date = date
        for c in next.chapters.indices {
            for a in next.chapters[c].articles.indices {
                for p in next.chapters[c].articles[a].paragraphs.indices {
                    if random.chance(0.12) { next.chapters[c].articles[a].paragraphs[p].seed = random.next() }
                    if !next.chapters[c].articles[a].paragraphs[p].points.isEmpty, random.chance(0.1) {
                        next.chapters[c].articles[a].paragraphs[p].points.append(ActPlan.Point(seed: random.next()))
                    }
                }
                if random.chance(0.05) { next.chapters[c].articles[a].paragraphs.append(paragraph(&random)) }
            }
        }
        if random.chance(0.8) {
            let c = random.below(next.chapters.count)
            let a = random.below(next.chapters[c].articles.count)
            let after = next.chapters[c].articles[a]
            var position = a + 1
            var insertion = after.insertion + 1
            while position < next.chapters[c].articles.count, next.chapters[c].articles[position].number == after.number {
                insertion = next.chapters[c].articles[position].insertion + 1
                position += 1
            }
            let paragraphs = (0..<random.inRange(1...3)).map { _ in paragraph(&random) }
            next.chapters[c].articles.insert(
                ActPlan.Article(number: after.number, insertion: insertion, headingSeed: random.next(), paragraphs: paragraphs),
                at: position)
        }
        return next
    }

    /// A day of `year`, YYYY-MM-DD (days 1–28, so every month is valid).
    private static func day(year: Int, _ random: inout SplitMix64) -> String {
        let month = random.inRange(1...12)
        let day = random.inRange(1...28)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
