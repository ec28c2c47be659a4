import Foundation
import Testing
import TestSupport
@testable import Registry

/// Ingest stores each expression once, replaces changed ones atomically and skips bad files without losing the rest.
@Suite struct IngestTests {
    @Test func theCorpusAndEverySharedSampleIngest() throws {
        let registry = try RegistryFixture.empty()
        var paths = Fixtures.corpusFiles
        #expect(paths.count == 15)
        if Fixtures.hasShared { paths += Fixtures.samples }
        let report = Ingester(registry: registry).ingest(paths: paths)
        #expect(report.added == paths.count)
        #expect(report.skipped == 0)
        let stats = try registry.statistics()
        #expect(stats.expressions == paths.count)
        #expect(stats.provisions == report.provisionsIndexed)
        // Works: Model Act, amending act, Open Data Act, the draft bill, and one per sample work (the two mwa files share one).
        #expect(stats.works == 4 + (Fixtures.hasShared ? 18 : 0))
        #expect(try registry.integrityCheck() == "ok")
    }

    @Test func reIngestingUnchangedFilesWritesNothing() throws {
        let registry = try RegistryFixture.empty()
        let first = Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles)
        #expect(first.added == 15)
        let second = Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles)
        #expect(second.added == 0)
        #expect(second.unchanged == 15)
        #expect(second.provisionsIndexed == 0)
        #expect(second.summary == "expressions added 0, replaced 0, unchanged 15, skipped 0; provisions indexed 0")
        #expect(try registry.statistics().expressions == 15)
    }

    /// A large ingest reads the stored hashes once instead of once per file; what it recognises is the same.
    @Test func aLargeIngestRecognisesStoredFilesFromOneReadOfTheHashes() throws {
        let registry = try RegistryFixture.empty()
        let ingester = Ingester(registry: registry)
        #expect(ingester.ingest(paths: Fixtures.corpusFiles).added == 15)
        #expect(ingester.knownSources(forIngesting: Ingester.knownSourcesThreshold - 1) == nil)
        let known = try #require(ingester.knownSources(forIngesting: Ingester.knownSourcesThreshold))
        #expect(known.byHash.count == 15)
        #expect(Set(known.byHash.values).contains("/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02"))
        // 75 paths (each file five times): past the threshold, and every one of them already stored.
        let paths = Array(repeating: Fixtures.corpusFiles, count: 5).flatMap { $0 }
        let again = ingester.ingest(paths: paths)
        #expect(again.unchanged == 75)
        #expect(again.added == 0)
        #expect(again.provisionsIndexed == 0)
        #expect(try registry.statistics().expressions == 15)
    }

    @Test func aChangedFileReplacesItsExpressionAndItsSearchEntries() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        let source = Fixtures.corpus + "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml"
        let copy = folder.appendingPathComponent("opendata.xml")
        try FileManager.default.copyItem(atPath: source, toPath: copy.path)
        #expect(Ingester(registry: registry).ingest(paths: [copy.path]).added == 1)
        let before = try registry.statistics().provisions

        var text = try String(contentsOf: copy, encoding: .utf8)
        let original = "maʼlumotlar"
        #expect(text.contains(original))
        text = text.replacingOccurrences(of: "</heading>", with: " zilzilaviy</heading>")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let report = Ingester(registry: registry).ingest(paths: [copy.path])
        #expect(report.replaced == 1)
        #expect(report.files.first?.expression == "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02")
        #expect(try registry.statistics().expressions == 1)
        #expect(try registry.statistics().provisions == before)
        #expect(try registry.search("zilzilaviy", options: SearchOptions(asOf: "2020-01-01")).total > 0)
    }

    @Test func aBrokenFileInAFolderIsSkippedWithItsReasonAndTheRestGoIn() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        let good = Fixtures.corpusFiles.filter { $0.contains("demo-opendata") }
        for (index, path) in good.enumerated() {
            try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent("good\(index).xml").path)
        }
        try Data("<akomaNtoso><act>".utf8).write(to: folder.appendingPathComponent("broken.xml"))
        try Data("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".utf8).write(to: folder.appendingPathComponent("xxe.xml"))
        try Data("<html><body>not a law</body></html>".utf8).write(to: folder.appendingPathComponent("page.xml"))
        let paths = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        let report = Ingester(registry: registry).ingest(paths: paths)
        #expect(report.added == 2)
        #expect(report.skipped == 3)
        let reasons = Dictionary(uniqueKeysWithValues: report.files.filter { $0.outcome == .skipped }.map { (($0.path as NSString).lastPathComponent, $0.message ?? "") })
        #expect(reasons["broken.xml"]?.hasPrefix("line 1: is not well-formed XML") == true)
        #expect(reasons["xxe.xml"] == "line 1: refused as hostile XML: it declares the external entity 'x' (file:///etc/passwd); external entities are never loaded")
        #expect(reasons["page.xml"]?.contains("not an Akoma Ntoso 3.0 document: the root element is <html>") == true)
        #expect(try registry.statistics().expressions == 2)
    }

    /// Files are written without a savepoint each; when the database refuses one, the transaction is stored
    /// again file by file, so only that file is skipped, with the database's reason, and the index stays whole.
    @Test func aFileTheDatabaseRefusesIsSkippedAloneAndTheIndexStaysConsistent() throws {
        let registry = try RegistryFixture.empty()
        let refused = "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02"
        try registry.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_for_test BEFORE INSERT ON expression WHEN new.uri = '\(refused)'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        }
        // With the shared samples first (34 files, three batches of up to 16 in one transaction), the refused file
        // is in the second batch: the whole transaction is stored again, file by file.
        let paths = (Fixtures.hasShared ? Fixtures.samples : []) + Fixtures.corpusFiles
        let report = Ingester(registry: registry).ingest(paths: paths)
        #expect(report.added == paths.count - 1)
        #expect(report.skipped == 1)
        let skipped = try #require(report.files.first { $0.outcome == .skipped })
        #expect(skipped.expression == refused)
        #expect(skipped.message?.contains("refused for the test") == true)
        #expect(report.files.map(\.path) == paths)
        let stats = try registry.statistics()
        #expect(stats.expressions == paths.count - 1)
        #expect(stats.provisions == report.provisionsIndexed)
        #expect(try registry.integrityCheck() == "ok")
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts) VALUES ('integrity-check')") }
        #expect(try PassageConsistency.problems(in: registry) == [], "the passages of the files stored again one by one")
        // What went in is searchable: the Model Act's Russian text, in force today.
        #expect(try registry.search("электронного правительства", options: SearchOptions(language: "rus", limit: 5)).total > 0)
        // Every file is logged once, with what happened to it.
        let logged = try registry.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ingest_log") ?? 0 }
        #expect(logged == paths.count)
    }

    @Test func aFailedReplacementKeepsWhatWasStored() throws {
        let registry = try RegistryFixture.empty()
        let folder = try Fixtures.temporaryFolder()
        let copy = folder.appendingPathComponent("act.xml")
        try FileManager.default.copyItem(atPath: Fixtures.corpusFiles[0], toPath: copy.path)
        #expect(Ingester(registry: registry).ingest(paths: [copy.path]).added == 1)
        let before = try registry.statistics()
        try Data("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act>".utf8).write(to: copy)
        #expect(Ingester(registry: registry).ingest(paths: [copy.path]).skipped == 1)
        let after = try registry.statistics()
        #expect(after.expressions == before.expressions)
        #expect(after.provisions == before.provisions)
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func strictModeRefusesSchemaInvalidFiles() throws {
        let registry = try RegistryFixture.empty()
        let schema = try LibXMLSchema.load()
        let paths = [Fixtures.sample("uk_aosp-1707-8-2007-01-01.akn.xml"), Fixtures.sample("us_Act_2011-11-29.xml")]
        let strict = Ingester(registry: registry, schema: schema, strict: true).ingest(paths: paths)
        #expect(strict.added == 1)
        #expect(strict.skipped == 1)
        #expect(strict.files[0].message?.hasPrefix("refused in strict mode: line 126: Element") == true)
        let lenient = Ingester(registry: registry, schema: schema).ingest(paths: paths)
        #expect(lenient.added == 1)
        #expect(lenient.unchanged == 1)
        #expect(lenient.files[0].message?.hasPrefix("not valid against the schema (line 126") == true)
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func aRepealedWorkCarriesItsStatus() throws {
        let registry = try RegistryFixture.loaded()
        let shown = try registry.show("http://www.legislation.gov.uk/id/aosp/1707/8", asOf: "2010-01-01")
        #expect(shown.version.status == "repealed")
        #expect(shown.version.repealedOn == "2007-01-01")
    }
}

import LibXML

enum LibXMLSchema {
    static func load() throws -> XMLSchema { try XMLSchema(path: Fixtures.schemaPath) }
}
