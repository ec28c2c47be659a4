import Foundation
import LibXML
internal import Crypto
import Registry

/// The site's stylesheets, compiled once per publish and shared by every rendering thread.
struct Stylesheets: Sendable {
    let act: XSLTStylesheet
    let work: XSLTStylesheet
    let diff: XSLTStylesheet
    let index: XSLTStylesheet
    let consultations: XSLTStylesheet
    let feed: XSLTStylesheet
    let page: XSLTStylesheet
    let report: XSLTStylesheet
    /// Hash of every file in the folder: a changed stylesheet re-renders every page.
    let hash: String

    init(folder: String, readableRoots: [String]) throws(PublishError) {
        func load(_ name: String) throws(PublishError) -> XSLTStylesheet {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                return try XSLTStylesheet(path: path, readableRoots: readableRoots)
            } catch {
                throw .stylesheet(path: path, reason: error.reason)
            }
        }
        act = try load("act.xsl")
        work = try load("work.xsl")
        diff = try load("diff.xsl")
        index = try load("index.xsl")
        consultations = try load("consultations.xsl")
        feed = try load("feed.xsl")
        page = try load("page.xsl")
        report = try load("report.xsl")
        var hasher = SHA256()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            hasher.update(data: Data(name.utf8))
            if let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) { hasher.update(data: data) }
        }
        hash = Hashing.hex(hasher.finalize())
    }
}

/// Hex SHA-256 helpers.
enum Hashing {
    static func hex(_ digest: SHA256.Digest) -> String { HexDigest.string(digest) }

    static func hash(_ parts: [String]) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data(part.utf8))
            hasher.update(data: Data([0]))
        }
        return hex(hasher.finalize())
    }

    static func hash(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }
}
