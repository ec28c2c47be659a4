import Foundation
import Testing
import TestSupport
@testable import AkomaNtoso
import LibXML

/// Our schema verdict agrees with xmllint's on every sample, and survives a read-write round trip.
@Suite(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
struct SchemaVerdictTests {
    static func schema() throws -> XMLSchema { try XMLSchema(path: Fixtures.schemaPath) }
    static let schemaInvalidSamples: Set<String> = [
        "uk_aosp-1707-8-2007-01-01.akn.xml", "uk_asc-2025-1-2025-03-25.akn.xml", "uk_asp-2025-11-2025-08-07.akn.xml",
    ]

    static var xmllint: String? {
        ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// xmllint's verdict: exit status 0 means valid.
    static func xmllintVerdict(_ path: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(xmllint))
        process.arguments = ["--noout", "--schema", Fixtures.schemaPath, path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func theSchemaVerdictOfEverySampleIsTheExpectedOne() throws {
        let schema = try Self.schema()
        let validator = AKNValidator(schema: schema)
        for path in Fixtures.samples {
            let name = (path as NSString).lastPathComponent
            let report = validator.validate(path: path)
            #expect(report.schemaValid == !Self.schemaInvalidSamples.contains(name), "\(name)")
        }
    }

    @Test(.enabled(if: xmllint != nil, "xmllint (Debian libxml2-utils) is not installed; make test installs it"))
    func theSchemaVerdictAgreesWithXmllintOnEverySample() throws {
        let validator = AKNValidator(schema: try Self.schema())
        for path in Fixtures.samples {
            let ours = validator.validate(path: path).schemaValid
            #expect(ours == (try Self.xmllintVerdict(path)), "\((path as NSString).lastPathComponent)")
        }
    }

    @Test func aReadWriteRoundTripKeepsEachSamplesVerdictAndModel() throws {
        let schema = try Self.schema()
        for path in Fixtures.samples {
            let original = try AKNDocument(path: path)
            let written = original.serialized()
            let reread = try AKNDocument(data: written, name: path)
            #expect(schema.validate(reread.xml).isEmpty == schema.validate(original.xml).isEmpty, "\(path)")
            #expect(reread.allProvisions == original.allProvisions, "\(path)")
            #expect(reread.identity == original.identity, "\(path)")
            #expect(reread.title == original.title, "\(path)")
        }
    }

    @Test func schemaErrorsNameTheLine() throws {
        let report = AKNValidator(schema: try Self.schema()).validate(path: Fixtures.sample("uk_aosp-1707-8-2007-01-01.akn.xml"))
        let schemaErrors = report.errors.filter { $0.kind == .schema }
        #expect(schemaErrors.map(\.line) == [126])
        #expect(schemaErrors.first?.message.hasPrefix("Element '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}p': This element is not expected.") == true)
    }
}
