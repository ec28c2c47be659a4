import Foundation

/// What the last publish produced: every file with the hash of the inputs it was made from. A page whose
/// inputs have the same hash is not rendered again; a file no longer produced is removed.
struct PublishManifest: Codable, Sendable {
    static let fileName = ".qonun-publish.json"

    var pages: [String: String] = [:]

    static func load(from root: URL) -> PublishManifest {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(fileName)),
              let manifest = try? JSONDecoder().decode(PublishManifest.self, from: data) else { return PublishManifest() }
        return manifest
    }

    func save(to root: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        _ = try PageWriter(root: root).write(try encoder.encode(self), to: PublishManifest.fileName)
    }
}
