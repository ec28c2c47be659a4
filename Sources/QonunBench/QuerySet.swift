import Foundation

/// The fixed query set of a search benchmark: one query per line; blank lines and `#` comments are ignored.
enum QuerySet {
    /// The queries of `path`, in order.
    static func load(_ path: String) throws(BenchError) -> [String] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .io("cannot read the query file \(path)")
        }
        let queries = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !queries.isEmpty else { throw .failed("the query file \(path) has no queries") }
        return queries
    }
}
