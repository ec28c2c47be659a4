import Foundation
import GRDB
import LibXML
import Testing
import TestSupport
@testable import Registry

/// A registry written by an earlier Qonun is upgraded in place when opened, and nothing in it is lost.
@Suite struct MigrationTests {
    /// A database in a new temporary file, migrated up to `migration` only, as an older Qonun left it.
    static func registry(named name: String, upTo migration: String) throws -> (path: String, queue: DatabaseQueue) {
        let path = try Fixtures.temporaryFolder().appendingPathComponent(name).path
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: QonunTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try RegistryMigrations.migrator.migrate(queue, upTo: migration)
        return (path, queue)
    }

    @Test func provisionsOfAnOlderRegistryAreRenumberedAndStaySearchable() throws {
        let (path, old) = try MigrationTests.registry(named: "old.sqlite", upTo: "v2: find stored content by hash")
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

    @Test func aVersion6RegistryKeepsItsSourcesAndEventsWhenTheExpressionTableIsRebuilt() throws {
        let source = Fixtures.corpus + "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml"
        let original = try Data(contentsOf: URL(fileURLWithPath: source))
        let deflated = try #require(Deflate.compress(original))
        let (path, old) = try MigrationTests.registry(named: "v6.sqlite", upTo: "v6: sources may be stored deflated")
        // As a v6 writer left it: one source deflated, one as ingested, an event and a provision hanging off them.
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO work(id, uri, is_akn, doc_type) VALUES (1, '/akn/uz/act/2019-07-02/x-1', 1, 'act');
                INSERT INTO expression(id, work_id, uri, language, date, valid_until, doc_type, content_hash, size, xml, xml_encoding, ingested_at)
                VALUES (3, 1, '/akn/uz/act/2019-07-02/x-1/uzb@2019-07-02', 'uzb', '2019-07-02', '2020-01-01', 'act', 'h1', ?, ?, 'zlib', 'then'),
                       (4, 1, '/akn/uz/act/2019-07-02/x-1/uzb@2020-01-01', 'uzb', '2020-01-01', NULL, 'act', 'h2', ?, ?, NULL, 'then');
                INSERT INTO lifecycle_event(expression_id, date, type) VALUES (4, '2020-01-01', 'amendment');
                INSERT INTO provision(id, expression_id, eid, kind, text, ord, depth) VALUES ((4 << 20), 4, 'art_1', 'article', 'Ochiq maʼlumotlar', 0, 0);
                INSERT INTO provision_fts(rowid, heading, text) VALUES ((4 << 20), '', 'Ochiq maʼlumotlar');
                """, arguments: [original.count, deflated, original.count, original])
        }
        try old.close()

        let registry = try Registry(path: path)
        for uri in ["/akn/uz/act/2019-07-02/x-1/uzb@2019-07-02", "/akn/uz/act/2019-07-02/x-1/uzb@2020-01-01"] {
            let (version, _) = try registry.resolve(uri)
            #expect(try registry.sourceXML(of: version) == original, "\(uri)")
        }
        let kept = try registry.read { db in
            try Row.fetchAll(db, sql: "SELECT id, valid_until, xml_encoding FROM expression ORDER BY id").map {
                "\($0["id"] as Int64) \(($0["valid_until"] as String?) ?? "-") \(($0["xml_encoding"] as String?) ?? "-")"
            }
        }
        #expect(kept == ["3 2020-01-01 zlib", "4 - -"])
        #expect(try registry.search("maʼlumotlar", options: SearchOptions(allVersions: true)).results.map(\.eId) == ["art_1"])
        // The rebuilt table takes LZ4 sources, keeps its indexes and its trigger, and refuses unknown encodings.
        let schema = try registry.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'expression' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name")
        }
        #expect(schema == ["expression_by_hash", "expression_by_work", "expression_delete_bumps_search_generation", "expression_in_force"])
        try registry.write { db in try db.execute(sql: "UPDATE expression SET xml_encoding = 'lz4', xml = ? WHERE id = 4", arguments: [LZ4Block.compress(original)]) }
        let (current, _) = try registry.resolve("/akn/uz/act/2019-07-02/x-1/uzb@2020-01-01")
        #expect(try registry.sourceXML(of: current) == original)
        #expect(throws: (any Error).self) {
            try registry.write { db in try db.execute(sql: "UPDATE expression SET xml_encoding = 'gzip' WHERE id = 3") }
        }
        #expect(try registry.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count } == 0)
        #expect(try registry.integrityCheck() == "ok")
    }

    @Test func aVersion7RegistryKeepsItsProvisionsAndSearchIndexWithoutTheProvisionIndexes() throws {
        let (path, old) = try MigrationTests.registry(named: "v7.sqlite", upTo: "v7: sources may be stored as LZ4 blocks")
        let base = Int64(5) << 20
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO work(id, uri, is_akn, doc_type) VALUES (1, '/akn/uz/act/2020-01-01/x-1', 1, 'act');
                INSERT INTO expression(id, work_id, uri, language, date, doc_type, content_hash, size, xml, ingested_at)
                VALUES (5, 1, '/akn/uz/act/2020-01-01/x-1/uzb@2020-01-01', 'uzb', '2020-01-01', 'act', 'h', 1, x'00', 'now');
                INSERT INTO provision(id, expression_id, eid, parent_id, kind, heading, text, ord, depth)
                VALUES (?1, 5, 'chp_1', NULL, 'chapter', 'Umumiy qoidalar', '', 0, 0),
                       (?1 + 1, 5, 'chp_1__art_1', ?1, 'article', 'Maqsad', 'Ushbu qonunning maqsadi ochiq maʼlumotlar.', 1, 1),
                       (?1 + 2, 5, 'chp_1__art_2', ?1, 'article', NULL, 'Elektron hukumat.', 2, 1);
                INSERT INTO provision_fts(rowid, heading, text) SELECT id, coalesce(heading, ''), text FROM provision;
                """, arguments: [base])
        }
        try old.close()

        let registry = try Registry(path: path)
        let indexes = try registry.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'provision' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name")
        }
        #expect(indexes == ["provision_fts_delete"])
        let rows = try registry.read { db in try Registry.provisionRows(db, expressionId: 5) }
        #expect(rows.map(\.id) == [base, base + 1, base + 2])
        #expect(rows.map(\.parentId) == [nil, base, base])
        #expect(rows.map(\.eId) == ["chp_1", "chp_1__art_1", "chp_1__art_2"])
        #expect(try registry.search("maʼlumotlar", options: SearchOptions(allVersions: true)).results.map(\.eId) == ["chp_1__art_1"])
        let shown = try registry.show("/akn/uz/act/2020-01-01/x-1/uzb@2020-01-01~chp_1__art_2")
        #expect(shown.provision?.text == "Elektron hukumat.")
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts) VALUES ('integrity-check')") }
        #expect(try registry.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count } == 0)
        #expect(try registry.integrityCheck() == "ok")
    }

    @Test func aVersion9RegistryIsIndexedAgainByPassage() throws {
        let (path, old) = try MigrationTests.registry(named: "v9.sqlite", upTo: "v9: the search index keeps up to 16 MiB of new terms in memory before writing them")
        let (first, second) = (Int64(1) << 20, Int64(2) << 20)
        try old.write { db in
            // Two versions whose article is the same: before v10 each is indexed on its own.
            try db.execute(sql: """
                INSERT INTO work(id, uri, is_akn, doc_type) VALUES (1, '/akn/uz/act/2020-01-01/x-1', 1, 'act');
                INSERT INTO expression(id, work_id, uri, language, date, valid_until, doc_type, content_hash, size, xml, ingested_at)
                VALUES (1, 1, '/akn/uz/act/2020-01-01/x-1/uzb@2020-01-01', 'uzb', '2020-01-01', '2021-01-01', 'act', 'h1', 1, x'00', 'now'),
                       (2, 1, '/akn/uz/act/2020-01-01/x-1/uzb@2021-01-01', 'uzb', '2021-01-01', NULL, 'act', 'h2', 1, x'00', 'now');
                INSERT INTO provision(id, expression_id, eid, kind, heading, text, ord, depth)
                VALUES (?1, 1, 'art_1', 'article', 'Maqsad', 'Ochiq maʼlumotlar portali.', 0, 0),
                       (?2, 2, 'art_1', 'article', 'Maqsad', 'Ochiq maʼlumotlar portali.', 0, 0);
                INSERT INTO provision_fts(rowid, heading, text) SELECT id, coalesce(heading, ''), text FROM provision;
                """, arguments: [first, second])
        }
        try old.close()

        let registry = try Registry(path: path)
        let (aliases, indexed) = try registry.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_alias") ?? -1,
             try Int64.fetchAll(db, sql: "SELECT id FROM provision_fts_docsize ORDER BY id"))
        }
        #expect(aliases == 1, "the 2021 article repeats 2020's")
        #expect(indexed == [first])
        #expect(try PassageConsistency.problems(in: registry) == [])
        #expect(try registry.search("portali", options: SearchOptions(allVersions: true)).results.map(\.expression).sorted()
                == ["/akn/uz/act/2020-01-01/x-1/uzb@2020-01-01", "/akn/uz/act/2020-01-01/x-1/uzb@2021-01-01"])
        #expect(try registry.search("portali").results.map(\.expression) == ["/akn/uz/act/2020-01-01/x-1/uzb@2021-01-01"])
        #expect(try registry.integrityCheck() == "ok")
    }

    @Test func theSearchIndexBuffers16MiBOfTermsBeforeWritingASegment() throws {
        let registry = try Registry(path: try Fixtures.temporaryFolder().appendingPathComponent("fresh.sqlite").path)
        let value = try registry.read { db in try Int.fetchOne(db, sql: "SELECT v FROM provision_fts_config WHERE k = 'hashsize'") }
        #expect(value == 16 << 20)
        #expect(Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles).skipped == 0)
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts) VALUES ('integrity-check')") }
        #expect(try registry.search("elektron hukumat", options: SearchOptions(allVersions: true)).total > 0)
    }
}
