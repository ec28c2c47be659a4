import Foundation
import GRDB
import Testing
import TestSupport
@testable import Registry

/// `qonun_rank` is FTS5's bm25 with in-memory row lengths and a scope: same numbers, same order.
@Suite struct SearchRankingTests {
    static let registry: Result<Registry, any Error> = Result { try RegistryFixture.loaded() }
    var registry: Registry { get throws { try Self.registry.get() } }

    /// Every match's (rowid, qonun_rank, bm25) for a pattern, with `scope` as the function's scope argument.
    private func ranks(_ pattern: String, scope: String? = nil) throws -> [(id: Int64, rank: Double?, bm25: Double)] {
        try registry.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid, qonun_rank(provision_fts, ?, 5.0, 1.0) AS rank, bm25(provision_fts, 5.0, 1.0) AS bm25
                FROM provision_fts WHERE provision_fts MATCH ? ORDER BY rowid
                """, arguments: [scope, pattern]).map { ($0[0], $0[1], $0[2]) }
        }
    }

    @Test(arguments: ["\"elektron\"", "\"oʻzbekiston\" AND \"respublikasi\"", "\"davlat\" OR \"hukumat\"", "\"yagona darcha\"",
                      "\"elektron\" NOT \"portal\"", "\"hujjat\" *", "\"платежную\"", "\"government\""])
    func itGivesExactlyWhatBm25Gives(_ pattern: String) throws {
        let rows = try ranks(pattern)
        #expect(!rows.isEmpty, "\(pattern) matches nothing in the corpus")
        for row in rows {
            let rank = try #require(row.rank)
            #expect(abs(rank - row.bm25) <= 1e-9 * max(1, abs(row.bm25)), "\(pattern) row \(row.id): \(rank) vs \(row.bm25)")
        }
    }

    @Test func itGivesNullOutsideTheScopeAndBm25Inside() throws {
        let all = try ranks("\"elektron\"")
        let expressions = Set(all.map { $0.id >> Int64(RegistryMigrations.provisionIdShift) }).sorted()
        #expect(expressions.count >= 3)
        let chosen = Set(expressions.prefix(2))
        let scoped = try ranks("\"elektron\"", scope: chosen.map(String.init).joined(separator: ","))
        #expect(scoped.count == all.count)
        for row in scoped {
            if chosen.contains(row.id >> Int64(RegistryMigrations.provisionIdShift)) {
                #expect(abs((row.rank ?? .infinity) - row.bm25) <= 1e-9 * max(1, abs(row.bm25)))
            } else {
                #expect(row.rank == nil)
            }
        }
        #expect(try ranks("\"elektron\"", scope: "").allSatisfy { $0.rank == nil }, "an empty scope holds nothing")
    }

    @Test func theLengthsOfAReplacedExpressionAreNotReusedFromTheCache() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("act.xml")
        func write(_ text: String) throws {
            try Data(MinimalDocument.act(text: text).utf8).write(to: file)
            #expect(Ingester(registry: registry).ingest(paths: [file.path]).skipped == 0)
        }
        func check() throws {
            let rows: [Row] = try registry.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT qonun_rank(provision_fts, NULL, 5.0, 1.0) AS rank, bm25(provision_fts, 5.0, 1.0) AS bm25
                    FROM provision_fts WHERE provision_fts MATCH '"tariff"'
                    """)
            }
            #expect(rows.count == 1)
            for row in rows { #expect(abs((row["rank"] as Double) - (row["bm25"] as Double)) < 1e-9) }
        }
        try write("The tariff applies.")
        try check()
        // Same expression URI, longer text: the expression is deleted and written again (likely under the same id).
        try write("The tariff applies to every licensed operator in every region of the republic from the first day.")
        try check()
    }

    @Test func theSearchTotalCountsOnlyTheVersionsSearched() throws {
        let registry = try self.registry
        let everything = try registry.search("elektron", options: SearchOptions(allVersions: true, limit: 1000))
        let today = try registry.search("elektron", options: SearchOptions(limit: 1000))
        #expect(today.total == today.results.count)
        #expect(everything.total == everything.results.count)
        #expect(today.total < everything.total)
        #expect(Set(today.results.map(\.expression)).isSubset(of: Set(everything.results.map(\.expression))))
        // Best first, ties by id: the ranks never decrease down the list.
        #expect(zip(today.results, today.results.dropFirst()).allSatisfy { $0.rank <= $1.rank })
    }
}

/// A small act written for tests that need to change a file's text or write several versions of a work.
enum MinimalDocument {
    /// One article, headed "Tariffs", in /akn/uz/act/2020-01-01/test-1/eng@2020-01-01.
    static func act(text: String) -> String {
        act(number: "test-1", date: "2020-01-01", articles: [("Tariffs", text)])
    }

    /// The version of `date` of /akn/uz/act/2020-01-01/NUMBER in English: one article per (heading, text).
    static func act(number: String, date: String, articles: [(heading: String?, text: String)]) -> String {
        let work = "/akn/uz/act/2020-01-01/\(number)"
        let expression = "\(work)/eng@\(date)"
        let body = articles.enumerated().map { index, article -> String in
            let heading = article.heading.map { "<heading>\($0)</heading>" } ?? ""
            return "<article eId=\"art_\(index + 1)\"><num>\(index + 1)</num>\(heading)<content><p>\(article.text)</p></content></article>"
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <act name="act">
                <meta>
                  <identification source="#qonun">
                    <FRBRWork><FRBRthis value="\(work)/!main"/><FRBRuri value="\(work)"/>
                      <FRBRdate date="2020-01-01" name="enactment"/><FRBRauthor href="#qonun"/><FRBRcountry value="uz"/><FRBRnumber value="\(number)"/></FRBRWork>
                    <FRBRExpression><FRBRthis value="\(expression)/!main"/><FRBRuri value="\(expression)"/>
                      <FRBRdate date="\(date)" name="\(date == "2020-01-01" ? "enactment" : "consolidation")"/><FRBRauthor href="#qonun"/><FRBRlanguage language="eng"/></FRBRExpression>
                    <FRBRManifestation><FRBRthis value="\(expression)/!main.xml"/><FRBRuri value="\(expression).akn"/>
                      <FRBRdate date="\(date)" name="markup"/><FRBRauthor href="#qonun"/></FRBRManifestation>
                  </identification>
                </meta>
                <body>
                  \(body)
                </body>
              </act>
            </akomaNtoso>
            """
    }
}

/// The in-memory row lengths are the index's own, and their cache stays within its bound.
@Suite struct DocumentLengthsTests {
    @Test func cachedLengthsEqualTheIndexsSizesAndTheCacheStaysBounded() throws {
        let registry = try RegistryFixture.loaded()
        try registry.read { db in
            let connection = try #require(db.sqliteConnection)
            let rows = try Row.fetchAll(db, sql: "SELECT id, sz FROM provision_fts_docsize ORDER BY id")
            #expect(rows.count > 1000)
            let lengths = DocumentLengths(connection: connection, capacity: 200)
            lengths.checkGeneration()
            for row in rows {
                let blob: Data = row["sz"]
                let expected = blob.withUnsafeBytes { DocumentLengths.sumOfVarints($0) }
                #expect(lengths.length(of: row["id"]) == Int(expected))
                #expect(lengths.count <= 200 + (1 << 12), "one expression may exceed the bound on its own")
            }
            #expect(lengths.length(of: Int64(1) << 40) == nil, "an expression that does not exist has no lengths")
        }
    }

    @Test func varintsAreSummedAsFTS5WritesThem() {
        #expect([UInt8]([3, 5]).withUnsafeBytes { DocumentLengths.sumOfVarints($0) } == 8)
        // 200 = 0x81 0x48 (1 << 7 | 0x48); 20000 = 0x81 0x9C 0x20.
        #expect([UInt8]([0x81, 0x48, 0x81, 0x9C, 0x20]).withUnsafeBytes { DocumentLengths.sumOfVarints($0) } == 20_200)
    }
}
