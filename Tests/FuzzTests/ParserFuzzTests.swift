import Foundation
import Testing
import TestSupport
@testable import AkomaNtoso
import LibXML
@testable import Registry
import TextImport

/// Bounded property-based fuzzing of every parser that reads untrusted input: each run is deterministic
/// (a fixed seed), must not crash or hang, and must answer with a typed error or a result that keeps its
/// invariants. `QONUN_FUZZ_ITERATIONS` raises the number of cases for a long run.
@Suite struct ParserFuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["QONUN_FUZZ_ITERATIONS"] ?? "") ?? 2_000

    @Test func generatedValidFRBRURIsRoundTrip() {
        var random = Generator(seed: 1)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let name = Array("abcdefghijklmnopqrstuvwxyz0123456789-_")
        for _ in 0..<Self.iterations {
            var uri = FRBRURI(country: random.string(from: letters, count: 2), docType: random.pick(["act", "bill", "doc", "judgment"]),
                              date: "\(random.int(1900..<2100))-\(String(format: "%02d", random.int(1..<13)))-\(String(format: "%02d", random.int(1..<29)))")
            if random.bool() { uri.locality = random.string(from: name, count: random.int(1..<8)) }
            if random.bool() { uri.subtype = random.pick(["decree", "code", "order"]) }
            if uri.subtype != nil, random.bool() { uri.actor = random.pick(["president", "cabinet", "hokim"]) }
            if random.bool() { uri.number = "n" + random.string(from: name, count: random.int(1..<10)) }
            if random.bool() {
                uri.language = random.pick(["uzb", "rus", "eng"])
                uri.expressionDate = random.bool() ? "" : "20\(random.int(10..<30))-0\(random.int(1..<10))-1\(random.int(0..<9))"
            }
            if random.bool() { uri.component = random.pick(["main", "schedule_1"]) }
            if random.bool() { uri.portion = "art_\(random.int(1..<200))" + (random.bool() ? "__para_\(random.int(1..<9))" : "") }
            if random.bool() { uri.format = random.pick(["xml", "html"]) }
            let parsed = try? FRBRURI(parsing: uri.description)
            #expect(parsed == uri, "\(uri.description)")
        }
    }

    @Test func arbitraryStringsNeverCrashTheFRBRParser() {
        var random = Generator(seed: 2)
        let alphabet = Array("/akn/uz-act2015@~!.#?%ʻ'\"\\ \u{0}0123456789abcxyz-_:")
        for _ in 0..<Self.iterations * 5 {
            let text = random.string(from: alphabet, count: random.int(0..<60))
            do {
                let uri = try FRBRURI(parsing: text)
                // Whatever parses formats to a URI that parses to the same value.
                #expect(try FRBRURI(parsing: uri.description) == uri, "\(text)")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test func arbitraryQueriesBecomeSafeFTS5PatternsOrAReason() throws {
        var random = Generator(seed: 3)
        let alphabet = Array("ab o'zʻ ‘’\"*-OR()NEAR:^+{}[]\u{0}кириллица ёе\\;,.")
        let folder = try Fixtures.temporaryFolder()
        let registry = try Registry(path: folder.appendingPathComponent("q.sqlite").path)
        _ = Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles.filter { $0.contains("demo-opendata") })
        for index in 0..<Self.iterations {
            let text = random.string(from: alphabet, count: random.int(0..<40))
            do {
                let query = try SearchQuery(parsing: text)
                #expect(!query.required.isEmpty)
                // Every pattern is accepted by FTS5 itself: a syntax error would surface as .database.
                if index % 4 == 0 { _ = try registry.search(text, options: SearchOptions(allVersions: true, limit: 3)) }
            } catch {
                guard case .invalidQuery = error else { throw error }
            }
        }
    }

    @Test func mutatedAkomaNtosoIsReadOrRefusedWithAReason() throws {
        var random = Generator(seed: 4)
        let sources = try (Fixtures.corpusFiles.prefix(4) + [Fixtures.corpusFiles.last!]).map { Array(try Data(contentsOf: URL(fileURLWithPath: $0))) }
        let schema = Fixtures.hasShared ? try XMLSchema(path: Fixtures.schemaPath) : nil
        for index in 0..<Self.iterations / 4 {
            let bytes = random.mutate(random.pick(sources), edits: random.int(1..<12))
            do {
                let document = try AKNDocument(data: Data(bytes), name: "fuzz-\(index).xml")
                _ = StructureChecker().check(document)
                _ = document.allProvisions.map(\.fullText)
                if let schema, index % 16 == 0 { _ = schema.validate(document.xml) }
            } catch let error as XMLError {
                #expect(!error.description.isEmpty)
            } catch let error as AKNError {
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func mutatedStatuteTextIsConvertedOrRefusedWithAReason() throws {
        var random = Generator(seed: 5)
        let text = try String(contentsOfFile: Fixtures.sharedPath("lexuz/Axborotlashtirish_Qonuni.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let importer = TextImporter()
        for _ in 0..<max(20, Self.iterations / 40) {
            var mutated = lines
            for _ in 0..<random.int(1..<20) {
                let position = random.int(0..<mutated.count)
                switch random.int(0..<4) {
                case 0: mutated.remove(at: position)
                case 1: mutated.insert(random.pick(["1-modda.", "I BOʻLIM.", "2-bob. X", "121-modda. Y", "", "a)", "1)", "Oldingi tahrirga qarang.", "(5-modda ... kuchini yoʻqotgan)"]), at: position)
                case 2: mutated.swapAt(position, random.int(0..<mutated.count))
                default: mutated[position] = String(mutated[position].shuffled())
                }
            }
            do {
                let act = try importer.convert(mutated.joined(separator: "\n"), workURI: "/akn/uz/act/2003-12-11/560-ii", sourceName: "fuzz")
                // The output is always well-formed XML.
                _ = try XMLDocument(data: Data(act.xml.utf8), name: "fuzz output")
            } catch {
                #expect(!"\(error)".isEmpty)
            }
        }
    }
}
