import Foundation
import GRDB
import Testing
import TestSupport
@testable import Registry

/// A registry written by an earlier Qonun is upgraded in place when opened, and nothing in it is lost.
@Suite struct MigrationTests {
    @Test func provisionsOfAnOlderRegistryAreRenumberedAndStaySearchable() throws {
        let path = try Fixtures.temporaryFolder().appendingPathComponent("old.sqlite").path
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: QonunTokenizer.self) }
        let old = try DatabaseQueue(path: path, configuration: configuration)
        try RegistryMigrations.migrator.migrate(old, upTo: "v2: find stored content by hash")
        // As the v2 writer left it: sequential provision ids, indexed by the insert trigger.
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO work(id, uri, is_akn, doc_type) VALUES (1, '/akn/uz/act/2020-01-01/x-1', 1, 'act');
                INSERT INTO expression(id, work_id, uri, language, date, doc_type, content_hash, size, xml, ingested_at)
                VALUES (7, 1, '/akn/uz/act/2020-01-01/x-1/uzb@2020-01-01', 'uzb', '2020-01-01', 'act', 'h', 1, x'00', 'now');
                INSERT INTO provision(id, expression_id, eid, parent_id, kind, heading, text, ord, depth)
                VALUES (1, 7, 'chp_1', NULL, 'chapter', 'Umumiy qoidalar', '', 0, 0),
                       (2, 7, 'art_1', 1, 'article', 'Oʻzbekiston Respublikasi', 'Ushbu qonunning maqsadi.', 1, 1),
                       (3, 7, 'art_2', 1, 'article', NULL, 'Elektron hukumat toʻgʻrisidagi qonun hujjatlari.', 2, 1);
                """)
        }
        try old.close()

        let registry = try Registry(path: path)
        let rows = try registry.read { db in
            try Row.fetchAll(db, sql: "SELECT id, eid, parent_id FROM provision ORDER BY id").map {
                "\($0["id"] as Int64) \($0["eid"] as String) \(($0["parent_id"] as Int64?).map(String.init) ?? "-")"
            }
        }
        let base = Int64(7) << 20
        #expect(rows == ["\(base) chp_1 -", "\(base + 1) art_1 \(base)", "\(base + 2) art_2 \(base)"])
        let found = try registry.search("o'zbekiston", options: SearchOptions(allVersions: true))
        #expect(found.total == 1)
        #expect(found.results.map(\.eId) == ["art_1"])
        #expect(try registry.search("elektron hukumat", options: SearchOptions(asOf: "2021-05-05")).results.map(\.eId) == ["art_2"])
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts) VALUES ('integrity-check')") }
        #expect(try registry.integrityCheck() == "ok")
        #expect(try registry.read { db in try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'provision_fts_insert'") } == false)
    }

    @Test func aReplacedExpressionLeavesNoStaleEntryInTheSearchIndex() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        let source = try String(contentsOfFile: Fixtures.corpusFiles[0], encoding: .utf8)
        let file = folder.appendingPathComponent("act.xml")
        try source.write(to: file, atomically: true, encoding: .utf8)
        #expect(Ingester(registry: registry).ingest(paths: [file.path]).added == 1)
        // Two different files for the same expression in one batch: the second replaces the first.
        let changed = folder.appendingPathComponent("changed.xml")
        try source.replacingOccurrences(of: "</p>", with: " qonunzzyx</p>").write(to: changed, atomically: true, encoding: .utf8)
        let again = folder.appendingPathComponent("again.xml")
        try source.replacingOccurrences(of: "</p>", with: " qonunyyzx</p>").write(to: again, atomically: true, encoding: .utf8)
        let report = Ingester(registry: registry).ingest(paths: [changed.path, again.path])
        #expect(report.files.map(\.outcome) == [.replaced, .replaced])
        #expect(try registry.search("qonunzzyx", options: SearchOptions(allVersions: true)).total == 0)
        #expect(try registry.search("qonunyyzx", options: SearchOptions(allVersions: true)).total > 0)
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts) VALUES ('integrity-check')") }
        #expect(try registry.integrityCheck() == "ok")
    }
}
