import Foundation
import Testing
import TestSupport
@testable import Registry

/// A registry in a fresh temporary file, optionally loaded with corpus/ and the shared samples.
enum RegistryFixture {
    static func empty() throws -> Registry {
        let folder = try Fixtures.temporaryFolder()
        return try Registry(path: folder.appendingPathComponent("qonun.sqlite").path)
    }

    /// corpus/ plus ../shared/akn/samples (when present).
    static func loaded() throws -> Registry {
        let registry = try empty()
        var paths = Fixtures.corpusFiles
        if Fixtures.hasShared { paths += Fixtures.samples }
        let report = Ingester(registry: registry).ingest(paths: paths)
        #expect(report.skipped == 0, "\(report.files.filter { $0.outcome == .skipped })")
        return registry
    }

    static let modelAct = "/akn/uz/act/2015-12-09/demo-egov"
}
