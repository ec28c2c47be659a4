import Foundation
import Testing
import TestSupport

/// A registry can be built straight from a folder of official texts.
@Suite(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
struct TextIngestTests {
    @Test func theTenLexUzTextsIngestAndAreSearchable() throws {
        let db = try Fixtures.temporaryFolder().appendingPathComponent("q.sqlite").path
        let result = try CommandRunner.qonun(["ingest", "--db", db, Fixtures.sharedPath("lexuz")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("expressions added 10, replaced 0, unchanged 0, skipped 0; provisions indexed "))
        let shown = try CommandRunner.qonun(["show", "--db", db, "/akn/uz/act/2019-07-02/orq-547~art_27_1", "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect((json["provision"] as? [String: Any])?["num"] as? String == "27¹-modda.")
        let search = try CommandRunner.qonun(["search", "--db", db, "--all-versions", "--json", "киберхавфсизлик"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])
        #expect((hits["total"] as? Int ?? 0) > 10, "Cyrillic query finds the Latin-script Cybersecurity law")
    }

    @Test func importTextWritesSchemaValidAkomaNtoso() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("orq-547.xml").path
        let result = try CommandRunner.qonun(["import-text", Fixtures.sharedPath("lexuz/Shaxsiy_Malumotlar_Qonuni.txt"),
                                              "--uri", "/akn/uz/act/2019-07-02/orq-547", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let validation = try CommandRunner.qonun(["validate", "--schema", Fixtures.schemaPath, out])
        #expect(validation.stdout == "OK \(out)\n")
        let inspect = try CommandRunner.qonun(["inspect", "--json", out])
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((summary["counts"] as? [String: Int])?["chapter"] == 7)
        #expect((summary["counts"] as? [String: Int])?["article"] == 37)
    }
}
