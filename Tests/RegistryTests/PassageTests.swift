import Foundation
import GRDB
import Testing
import TestSupport
@testable import Registry

/// A provision that repeats an earlier provision of its work (same heading, same text) is indexed once, as a
/// passage, and found in every version that holds it.
@Suite struct PassageTests {
    static let registry: Result<Registry, any Error> = Result { try RegistryFixture.loaded() }
    var registry: Registry { get throws { try Self.registry.get() } }

    @Test func unchangedProvisionsOfAWorkShareOnePassage() throws {
        let registry = try self.registry
        #expect(try PassageConsistency.problems(in: registry) == [])
        let (aliases, indexed, provisions) = try registry.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_alias") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_fts_docsize") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM provision") ?? 0)
        }
        #expect(aliases > 0)
        #expect(indexed == provisions - aliases)
        // The Model Act's 2019 version changed 8 of its 176 provisions; the other 168 are the 2015 version's.
        let modelAct2019: Int = try registry.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM provision_alias a JOIN expression e ON e.id = a.id >> 20
                WHERE e.uri = '/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01'
                """) ?? 0
        }
        #expect(modelAct2019 == 168)
    }

    @Test func aSearchFindsEveryVersionThatHoldsAPassage() throws {
        let registry = try self.registry
        let act = RegistryFixture.modelAct
        let phrase = "\"munosabatlar ushbu Qonun va boshqa qonun hujjatlari bilan tartibga solinadi\""
        func expressions(_ options: SearchOptions) throws -> [String] {
            try registry.search(phrase, options: options).results
                .filter { $0.work == act && $0.eId == "art_2__para_1" }.map(\.expression).sorted()
        }
        #expect(try expressions(SearchOptions(allVersions: true, limit: 100)) == ["\(act)/uzb@2015-12-09", "\(act)/uzb@2019-10-01"])
        #expect(try expressions(SearchOptions(limit: 100)) == ["\(act)/uzb@2019-10-01"])
        #expect(try expressions(SearchOptions(asOf: "2016-01-01", limit: 100)) == ["\(act)/uzb@2015-12-09"])
        // Both versions rank the same: one indexed row, one score.
        let ranks = try registry.search(phrase, options: SearchOptions(allVersions: true, limit: 100)).results
            .filter { $0.work == act && $0.eId == "art_2__para_1" }.map(\.rank)
        #expect(ranks.count == 2 && ranks[0] == ranks[1])
    }

    @Test func theUKSectionUnchangedIn2022IsFoundInTheVersionInForce() throws {
        try #require(Fixtures.hasShared, "needs ../shared/akn/samples")
        let registry = try self.registry
        // Every provision of the 2022-09-01 version repeats the 2012-11-16 version: its rows are all aliases, and
        // the index holds the 2012 rows. Search must still answer with the version in force on the day asked.
        func found(_ options: SearchOptions) throws -> [String] {
            try registry.search("\"education body\"", options: options).results
                .filter { $0.eId == "section-1" }.map(\.expression).sorted()
        }
        #expect(try found(SearchOptions()) == ["http://www.legislation.gov.uk/mwa/2011/7/2022-09-01"])
        #expect(try found(SearchOptions(asOf: "2013-01-01")) == ["http://www.legislation.gov.uk/mwa/2011/7/2012-11-16"])
        #expect(try found(SearchOptions(allVersions: true)).count == 2)
        func inAct(_ options: SearchOptions) throws -> Int {
            try registry.search("\"education body\"", options: options).results.filter { $0.work == "http://www.legislation.gov.uk/id/mwa/2011/7" }.count
        }
        let inForce = try inAct(SearchOptions(limit: 1000))
        #expect(inForce > 0)
        #expect(try inAct(SearchOptions(allVersions: true, limit: 1000)) == 2 * inForce, "each provision, once per version")
    }

    @Test func replacingTheVersionThatHoldsAPassageMovesItToTheNextVersion() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        func write(_ date: String, _ text: String) throws -> String {
            let file = folder.appendingPathComponent("eng@\(date).xml")
            try Data(MinimalDocument.act(number: "test-2", date: date, articles: [(nil, text), (nil, "Fees are set by the Cabinet.")]).utf8).write(to: file)
            return file.path
        }
        let shared = "The operator keeps the registry of licences."
        let first = try write("2020-01-01", shared)
        let second = try write("2021-01-01", shared)
        #expect(Ingester(registry: registry).ingest(paths: [first, second]).added == 2)
        #expect(try aliases(registry) == 2, "both articles of 2021 repeat 2020's")
        #expect(try PassageConsistency.problems(in: registry) == [])

        // The 2020 version changes: its old rows leave, and 2021's rows become the passages' indexed rows.
        let report = Ingester(registry: registry).ingest(paths: [try write("2020-01-01", "The ministry keeps the registry of licences.")])
        #expect(report.replaced == 1)
        #expect(try PassageConsistency.problems(in: registry) == [])
        #expect(try aliases(registry) == 1, "only the fees article is still shared, now held by the 2021 version")
        let all = SearchOptions(allVersions: true)
        #expect(try registry.search("operator", options: all).results.map(\.expression) == ["/akn/uz/act/2020-01-01/test-2/eng@2021-01-01"])
        #expect(try registry.search("ministry", options: all).results.map(\.expression) == ["/akn/uz/act/2020-01-01/test-2/eng@2020-01-01"])
        #expect(try registry.search("Cabinet", options: all).results.map(\.expression).sorted()
                == ["/akn/uz/act/2020-01-01/test-2/eng@2020-01-01", "/akn/uz/act/2020-01-01/test-2/eng@2021-01-01"])
        #expect(try registry.search("licences", options: all).total == 2)

        // And back: re-ingesting the first text makes the 2020 rows aliases of 2021's.
        #expect(Ingester(registry: registry).ingest(paths: [try write("2020-01-01", shared)]).replaced == 1)
        #expect(try PassageConsistency.problems(in: registry) == [])
        #expect(try aliases(registry) == 2)
        #expect(try registry.search("operator", options: all).total == 2)
    }

    private func aliases(_ registry: Registry) throws -> Int {
        try registry.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_alias") ?? 0 }
    }
}

/// What must hold between provisions, aliases and the search index, as sentences naming what is wrong.
enum PassageConsistency {
    static func problems(in registry: Registry) throws -> [String] {
        var problems: [String] = []
        try registry.read { db in
            let wrong = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM provision_alias a
                LEFT JOIN provision p ON p.id = a.id
                LEFT JOIN provision c ON c.id = a.canonical
                WHERE p.id IS NULL OR c.id IS NULL
                   OR c.id IN (SELECT id FROM provision_alias)
                   OR (SELECT work_id FROM expression WHERE id = p.expression_id) != (SELECT work_id FROM expression WHERE id = c.expression_id)
                   OR coalesce(p.heading, '') != coalesce(c.heading, '') OR p.text != c.text
                """) ?? -1
            if wrong != 0 { problems.append("\(wrong) aliases do not name an indexed provision of the same work with the same heading and text") }
            let passages = try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_passage") ?? -1
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_fts_docsize") ?? -1
            if passages != indexed { problems.append("\(passages) passages, \(indexed) rows indexed") }
        }
        // FTS5 checks its index against the content it reads through `provision_passage`.
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts, rank) VALUES ('integrity-check', 1)") }
        return problems
    }
}

/// The writer's passages follow the database between the transactions of one ingest.
@Suite struct PassageIndexTests {
    @Test func aCommitByAnotherConnectionBetweenTransactionsIsNotTakenForTheIngestsOwnState() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("eng@2020-01-01.xml")
        try Data(MinimalDocument.act(number: "test-2", date: "2020-01-01", articles: [(nil, "The operator keeps the registry of licences.")]).utf8).write(to: file)
        #expect(Ingester(registry: registry).ingest(paths: [file.path]).added == 1)
        let (work, canonical): (Int64, Int64) = try registry.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT e.work_id, p.id FROM provision p JOIN expression e ON e.id = p.expression_id WHERE p.eid = 'art_1'"))
            return (row[0], row[1])
        }
        let key = PassageKey(heading: nil, text: "The operator keeps the registry of licences.")
        let index = PassageIndex()
        let first = try registry.write { db in
            try index.beginTransaction(db)
            return try index.assign(work: work, keys: [key], ids: 900..<901, in: db)
        }
        #expect(first == [canonical], "read from the database: the stored article holds the passage")
        // Another connection changes the stored article's text between two transactions of the ingest.
        let other = try DatabaseQueue(path: registry.path)
        try other.write { db in try db.execute(sql: "UPDATE provision SET text = 'Changed.' WHERE id = ?", arguments: [canonical]) }
        try other.close()
        let second = try registry.write { db in
            try index.beginTransaction(db)
            return try index.assign(work: work, keys: [key], ids: 901..<902, in: db)
        }
        #expect(second == [nil], "the passage map was read again: no stored provision has that text any more")
        // Without a commit elsewhere, the map is kept: the key now names the row assigned in the last call.
        let third = try registry.write { db in
            try index.beginTransaction(db)
            return try index.assign(work: work, keys: [key], ids: 902..<903, in: db)
        }
        #expect(third == [901])
    }
}
