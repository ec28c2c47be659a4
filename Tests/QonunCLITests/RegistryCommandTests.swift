import Foundation
import Testing
import TestSupport

/// ingest, search, show, history and diff as a user runs them, on one database per test.
@Suite struct RegistryCommandTests {
    let act = "/akn/uz/act/2015-12-09/demo-egov"

    private func loadedDatabase() throws -> String {
        let db = try Fixtures.temporaryFolder().appendingPathComponent("q.sqlite").path
        let result = try CommandRunner.qonun(["ingest", "--db", db, Fixtures.corpus])
        #expect(result.status == 0)
        #expect(result.stdout == "expressions added 15, replaced 0, unchanged 0, skipped 0; provisions indexed 1252\n")
        return db
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func ingestTwiceIsANoOpAndAMissingFileExitsOne() throws {
        let db = try loadedDatabase()
        let again = try CommandRunner.qonun(["ingest", "--db", db, Fixtures.corpus])
        #expect(again.stdout == "expressions added 0, replaced 0, unchanged 15, skipped 0; provisions indexed 0\n")
        let missing = try CommandRunner.qonun(["ingest", "--db", db, "/nonexistent/act.xml"])
        #expect(missing.status == 1)
        #expect(missing.stdout.hasPrefix("skipped /nonexistent/act.xml: no such file\n"))
    }

    @Test func theDatabaseComesFromQONUN_DBWhenNotGiven() throws {
        let db = try loadedDatabase()
        let result = try CommandRunner.qonun(["search", "kiberhujumlar", "--json"], environment: ["QONUN_DB": db])
        #expect(result.status == 0)
        let parsed = try json(result.stdout)
        #expect(parsed["total"] as? Int == 1)
        let first = try #require((parsed["results"] as? [[String: Any]])?.first)
        #expect(first["work"] as? String == act)
        #expect(first["expression"] as? String == act + "/uzb@2019-10-01")
        #expect(first["eId"] as? String == "art_29__para_1")
        #expect(first["title"] as? String != nil)
        #expect((first["snippet"] as? String)?.contains("<mark>kiberhujumlar</mark>") == true)
        #expect(first["rank"] is Double)
        #expect(Set(first.keys) == ["work", "expression", "eId", "title", "heading", "snippet", "rank"].filter { first[$0] != nil }.reduce(into: Set<String>()) { $0.insert($1) })
    }

    @Test func searchAsOfAndLanguageFilters() throws {
        let db = try loadedDatabase()
        let old = try json(try CommandRunner.qonun(["search", "--db", db, "notarially", "--as-of", "2016-01-01", "--json"]).stdout)
        #expect(old["total"] as? Int == 1)
        let now = try json(try CommandRunner.qonun(["search", "--db", db, "notarially", "--json"]).stdout)
        #expect(now["total"] as? Int == 0)
        let russian = try json(try CommandRunner.qonun(["search", "--db", db, "электрон*", "--lang", "rus", "--limit", "2", "--json"]).stdout)
        #expect((russian["results"] as? [Any])?.count == 2)
        #expect((russian["total"] as? Int ?? 0) > 2)
        let bad = try CommandRunner.qonun(["search", "--db", db, "-only"])
        #expect(bad.status == 1)
        #expect(bad.stderr == "qonun search: cannot search for '-only': it only excludes words; add a word to search for\n")
    }

    @Test func showPrintsTheVersionInForceAndRefusesDaysBeforeIt() throws {
        let db = try loadedDatabase()
        let shown = try CommandRunner.qonun(["show", "--db", db, act + "~art_5__para_2", "--as-of", "2018-01-01", "--json"])
        #expect(shown.status == 0)
        let parsed = try json(shown.stdout)
        #expect(parsed["expression"] as? String == act + "/uzb@2015-12-09")
        #expect(parsed["date"] as? String == "2015-12-09")
        #expect(((parsed["provision"] as? [String: Any])?["text"] as? String)?.contains("har yili") == true)
        let before = try CommandRunner.qonun(["show", "--db", db, act, "--as-of", "2015-01-01"])
        #expect(before.status == 1)
        #expect(before.stderr == "qonun show: \(act) is not in force on 2015-01-01: its first version takes effect on 2015-12-09\n")
        let text = try CommandRunner.qonun(["show", "--db", db, act + "~art_20", "--lang", "eng", "--as-of", "2020-01-01"])
        #expect(text.stdout.contains("Article 20 [repealed]"))
        let xml = try CommandRunner.qonun(["show", "--db", db, act + "/rus@2019-10-01~art_12_1", "--xml"])
        #expect(xml.stdout.hasPrefix("<article eId=\"art_12_1\""))
    }

    @Test func historyAndDiffPrintJSON() throws {
        let db = try loadedDatabase()
        let history = try json(try CommandRunner.qonun(["history", "--db", db, act + "~art_5__para_2", "--json"]).stdout)
        let versions = try #require(history["versions"] as? [[String: Any]])
        #expect(versions.map { $0["from"] as? String } == ["2015-12-09", "2019-10-01"])
        #expect(versions.last?["amendedBy"] as? [String] == ["/akn/uz/act/2019-09-16/demo-amend-egov"])
        let diff = try json(try CommandRunner.qonun(["diff", "--db", db, act + "/uzb@2015-12-09", act + "/uzb@2019-10-01", "--json"]).stdout)
        #expect(diff["added"] as? [String] == ["art_12__para_2__point_3_1", "art_12_1"])
        #expect(diff["removed"] as? [String] == ["art_20__para_1", "art_20__para_2"])
        #expect((diff["changed"] as? [[String: Any]])?.map { $0["eId"] as? String } == ["art_5__para_2", "art_12__para_1", "art_20"])
        #expect((diff["renumbered"] as? [Any])?.isEmpty == true)
        let ops = try #require((diff["changed"] as? [[String: Any]])?.first?["ops"] as? [[String: String]])
        #expect(ops.contains(["op": "delete", "text": "yili"]))
        #expect(ops.contains(["op": "insert", "text": "chorakda"]))
    }
}
