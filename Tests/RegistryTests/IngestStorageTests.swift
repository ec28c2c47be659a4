import Foundation
import GRDB
import LibXML
import Testing
import TestSupport
@testable import Registry

/// What ingest writes besides the provisions: the search index built from the tokens computed while parsing,
/// and the Akoma Ntoso source, stored compressed (LZ4) and given back byte for byte.
@Suite struct IngestStorageTests {
    static let registry: Result<Registry, any Error> = Result { try RegistryFixture.loaded() }
    var registry: Registry { get throws { try Self.registry.get() } }

    @Test func theIndexBuiltFromPretokenizedTextPassesFTS5sIntegrityCheck() throws {
        // FTS5 re-tokenizes every provision with the qonun tokenizer and compares with what ingest indexed:
        // any difference between the replayed tokens and the tokenizer's own fails the check.
        let registry = try self.registry
        try registry.write { db in try db.execute(sql: "INSERT INTO provision_fts(provision_fts) VALUES ('integrity-check')") }
        let indexed: Int = try registry.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_fts_docsize") ?? 0 }
        let aliases: Int = try registry.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM provision_alias") ?? 0 }
        #expect(indexed == (try registry.statistics().provisions) - aliases, "every provision is indexed, or is an alias of one that is")
    }

    @Test func anIngestTransactionWritesOneIndexSegment() throws {
        // corpus/ and the shared samples are under 8 MB, so one transaction of several batches (16 files each):
        // FTS5 must keep every batch's terms until the commit and write them as one segment. A statement that
        // opens a statement journal (a multi-row INSERT, an INSERT ... SELECT) makes FTS5 write out what it
        // holds, a segment per batch.
        let registry = try self.registry
        let files = Fixtures.corpusFiles.count + (Fixtures.hasShared ? Fixtures.samples.count : 0)
        #expect(files > 16, "the ingest must span more than one batch")
        let structure: Data? = try registry.read { db in try Data.fetchOne(db, sql: "SELECT block FROM provision_fts_data WHERE id = 10") }
        let record = try #require(structure)
        // The structure record: a 4-byte cookie, then varints: levels, segments, write counter.
        var index = 4
        func varint() -> Int {
            var value = 0
            while index < record.count {
                let byte = record[record.startIndex + index]
                index += 1
                value = value << 7 | Int(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            return value
        }
        let levels = varint()
        let segments = varint()
        #expect(levels == 1)
        #expect(segments == 1)
    }

    @Test func theTokensComputedWhileParsingAreTheTokenizersOwn() throws {
        let text = "Oʻzbekiston Respublikasining «Elektron hukumat toʻgʻrisida»gi Qonuni, 12¹-modda; ЎЗБЕКИСТОН ва ёшлар"
        let row = PreparedExpression.Row(parent: nil, provision: .init(kind: "article", eId: "art_1", heading: "Maqsad", text: text), depth: 0)
        let pretokenized = PretokenizedText(rows: [row])
        #expect(pretokenized.texts == ["Maqsad", text])
        for (index, source) in pretokenized.texts.enumerated() {
            var replayed: [String] = []
            pretokenized.forEachToken(ofText: index) { word, start, end in
                replayed.append("\(String(decoding: word, as: UTF8.self))@\(start)-\(end)")
                return true
            }
            var scanned: [String] = []
            var bytes = Array(source.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                FoldingScanner.scan(UnsafeBufferPointer(buffer)) { word, start, end in
                    scanned.append("\(String(decoding: word, as: UTF8.self))@\(start)-\(end)")
                    return true
                }
            }
            #expect(replayed == scanned)
            #expect(!replayed.isEmpty)
        }
    }

    @Test func sourcesAreStoredCompressedAndReadBackByteForByte() throws {
        let registry = try self.registry
        let path = Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01.xml"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let (version, _) = try registry.resolve("/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01")
        #expect(try registry.sourceXML(of: version) == original)
        let stored = try registry.read { db in
            try Row.fetchOne(db, sql: "SELECT length(xml) AS stored, size, xml_encoding FROM expression WHERE uri = ?",
                             arguments: ["/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01"])
        }
        let row = try #require(stored)
        #expect(row["xml_encoding"] as String? == "lz4")
        #expect(row["size"] as Int == original.count)
        #expect((row["stored"] as Int) * 2 < original.count, "Akoma Ntoso compresses at least twofold")
    }

    @Test func aSourceStoredAsIngestedByAnOlderQonunIsStillRead() throws {
        let registry = try RegistryFixture.empty()
        let path = Fixtures.corpus + "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Ingester(registry: registry).ingest(paths: [path]).added == 1)
        try registry.write { db in try db.execute(sql: "UPDATE expression SET xml = ?, xml_encoding = NULL", arguments: [original]) }
        let (version, _) = try registry.resolve("/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02")
        #expect(try registry.sourceXML(of: version) == original)
    }

    @Test func aSourceDeflatedByAnOlderQonunIsStillRead() throws {
        let registry = try RegistryFixture.empty()
        let path = Fixtures.corpus + "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Ingester(registry: registry).ingest(paths: [path]).added == 1)
        let deflated = try #require(Deflate.compress(original))
        try registry.write { db in try db.execute(sql: "UPDATE expression SET xml = ?, xml_encoding = 'zlib'", arguments: [deflated]) }
        let (version, _) = try registry.resolve("/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02")
        #expect(try registry.sourceXML(of: version) == original)
    }

    @Test func aDamagedStoredSourceIsReportedNotReturned() throws {
        let registry = try RegistryFixture.empty()
        let path = Fixtures.corpus + "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml"
        #expect(Ingester(registry: registry).ingest(paths: [path]).added == 1)
        try registry.write { db in try db.execute(sql: "UPDATE expression SET xml = substr(xml, 1, 40)") }
        let (version, _) = try registry.resolve("/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02")
        #expect {
            try registry.sourceXML(of: version)
        } throws: { error in
            "\(error)".contains("damaged")
        }
    }
}

/// Ingest writes without SQLite's foreign-key enforcement (it costs more than the inserts); what the keys
/// guarantee must hold anyway, after loading and after replacing expressions.
@Suite struct IngestConsistencyTests {
    private func violations(_ registry: Registry) throws -> Int {
        try registry.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count }
    }

    @Test func noForeignKeyIsBrokenAfterLoadingAndReplacing() throws {
        let registry = try RegistryFixture.loaded()
        #expect(try violations(registry) == 0)
        let folder = try Fixtures.temporaryFolder()
        let source = Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01.xml"
        let copy = folder.appendingPathComponent("egov.xml")
        let text = try String(contentsOfFile: source, encoding: .utf8).replacingOccurrences(of: "</heading>", with: " (tahrir)</heading>")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let counts: (Int, Int) = try registry.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM lifecycle_event") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM amendment") ?? 0)
        }
        #expect(Ingester(registry: registry).ingest(paths: [copy.path]).replaced == 1)
        #expect(try violations(registry) == 0)
        // The replaced expression's events and amendment links were deleted with it, and written again.
        let after: (Int, Int) = try registry.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM lifecycle_event") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM amendment") ?? 0)
        }
        #expect(after == counts)
        #expect(try registry.integrityCheck() == "ok")
    }

    @Test func foreignKeysAreEnforcedAgainOutsideIngest() throws {
        let registry = try RegistryFixture.empty()
        #expect(Ingester(registry: registry).ingest(paths: [Fixtures.corpus + "/akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml"]).added == 1)
        let enabled: Int = try registry.write { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") ?? -1 }
        #expect(enabled == 1)
    }
}

/// Files ingest cannot read are reported with the reason, before anything is parsed.
@Suite struct SourceFileTests {
    @Test func anOversizedFileIsRefusedFromItsSizeWithoutReadingIt() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("huge.xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(SourceFile.maxBytes) + 1)  // sparse: nothing is written
        try handle.close()
        let report = Ingester(registry: try RegistryFixture.empty()).ingest(paths: [path])
        #expect(report.skipped == 1)
        #expect(report.files.first?.message == "it is \(SourceFile.maxBytes + 1) bytes; ingest reads files of at most \(SourceFile.maxBytes) bytes")
    }

    @Test func aMissingFileAndAFolderAreReportedAsNoSuchFile() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(throws: RegistryError.unusableDocument(path: folder.path + "/missing.xml", reason: "no such file")) {
            try SourceFile.read(folder.path + "/missing.xml").get()
        }
        #expect(throws: RegistryError.unusableDocument(path: folder.path, reason: "no such file")) {
            try SourceFile.read(folder.path).get()
        }
    }

    @Test func aFileIsReadWhole() throws {
        let path = Fixtures.corpus + "/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01.xml"
        #expect(try SourceFile.read(path).get() == Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// legislation.gov.uk marks a repealed act in its title; only the title's end counts, in any case.
@Suite struct RepealedByTitleTests {
    @Test func aTitleEndingInRepealedMarksTheVersionRepealed() {
        #expect(PreparedExpression.repealedByTitle("Union with Scotland Act 1706(repealed)", on: "2007-01-01") == "2007-01-01")
        #expect(PreparedExpression.repealedByTitle("Election Act 1707 (Repealed) \n", on: "2007-01-01") == "2007-01-01")
        #expect(PreparedExpression.repealedByTitle("(REPEALED)", on: "2001-02-03") == "2001-02-03")
        #expect(PreparedExpression.repealedByTitle("Act (repealed) and amended", on: "2007-01-01") == nil)
        #expect(PreparedExpression.repealedByTitle("Elektron hukumat toʻgʻrisida", on: "2007-01-01") == nil)
        // Whitespace beyond ASCII at the end is still whitespace; other endings are answered from the last byte.
        #expect(PreparedExpression.repealedByTitle("Election Act 1707 (repealed)\u{00A0}\u{2003}", on: "2007-01-01") == "2007-01-01")
        #expect(PreparedExpression.repealedByTitle("Election Act 1707 (repealed)\u{0B}\u{0C}", on: "2007-01-01") == "2007-01-01")
        #expect(PreparedExpression.repealedByTitle("Закон об электронном правительстве (утратил силу)", on: "2007-01-01") == nil)
        #expect(PreparedExpression.repealedByTitle("Act 2011 (amended)", on: "2007-01-01") == nil)
        #expect(PreparedExpression.repealedByTitle("", on: "2007-01-01") == nil)
        #expect(PreparedExpression.repealedByTitle("repealed)", on: "2007-01-01") == nil)
        #expect(PreparedExpression.repealedByTitle("", on: "2007-01-01") == nil)
        #expect(PreparedExpression.repealedByTitle(nil, on: "2007-01-01") == nil)
    }
}
