public import Testing
public import Foundation

/// Where tests find their inputs: the package's own corpus and the shared inputs in ../shared.
public enum Fixtures {
    /// The package root, found from this file's location (Tests/TestSupport/Fixtures.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared beside the package, when it is present.
    public static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// True when ../shared is present; tests that need it are disabled with a printed reason otherwise.
    public static var hasShared: Bool { shared != nil }

    /// The reason printed for tests skipped without ../shared.
    public static let sharedMissing: Comment = "../shared is absent: tests on the official schema, samples and lex.uz texts skipped"

    /// A path inside ../shared.
    public static func sharedPath(_ relative: String) -> String {
        (shared ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")).appendingPathComponent(relative).path
    }

    /// The official Akoma Ntoso 3.0 schema.
    public static var schemaPath: String { sharedPath("akn/schema/akomantoso30.xsd") }

    /// A file of ../shared/akn/samples.
    public static func sample(_ name: String) -> String { sharedPath("akn/samples/\(name)") }

    /// Every file of ../shared/akn/samples, sorted.
    public static var samples: [String] {
        let folder = sharedPath("akn/samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The package's corpus folder.
    public static var corpus: String { packageRoot.appendingPathComponent("corpus").path }

    /// Every XML file under corpus/, sorted.
    public static var corpusFiles: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: corpus) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }.sorted().map { "\(corpus)/\($0)" }
    }

    /// A fresh temporary folder for one test.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qonun-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
