import Foundation

/// The `.xml` files under a folder, recursively, sorted by path (so every run ingests in the same order).
enum XMLFiles {
    /// Paths of the XML files below `directory`.
    static func list(under directory: String) throws(BenchError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw .io("cannot read the folder \(directory)")
        }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".xml") { paths.append((directory as NSString).appendingPathComponent(relative)) }
        }
        return paths.sorted()
    }

    /// The total size of the files, in bytes.
    static func totalBytes(_ paths: [String]) -> Int {
        paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }
}
