/// A run of a word-level diff.
public struct DiffOp: Sendable, Codable, Equatable {
    /// What happened to the run.
    public enum Kind: String, Sendable, Codable {
        case equal, insert, delete
    }

    /// equal, insert or delete.
    public var op: Kind
    /// The words of the run, with the spacing between them.
    public var text: String

    /// Creates a run.
    public init(op: Kind, text: String) {
        self.op = op
        self.text = text
    }
}

/// Word-level diff by longest common subsequence over whitespace-separated words.
public enum WordDiff {
    /// Above this many word pairs the texts are reported as replaced whole, keeping time and memory bounded.
    static let maxCells = 4_000_000

    /// The runs that turn `old` into `new`.
    public static func ops(from old: String, to new: String) -> [DiffOp] {
        let a = words(old), b = words(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])

        var steps: [(DiffOp.Kind, String)] = a[..<prefix].map { (.equal, $0) }
        if midA.count * midB.count > maxCells {
            steps += midA.map { (.delete, $0) } + midB.map { (.insert, $0) }
        } else {
            steps += lcsSteps(midA, midB)
        }
        steps += a[(a.count - suffix)...].map { (.equal, $0) }
        return merge(steps)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func lcsSteps(_ a: [String], _ b: [String]) -> [(DiffOp.Kind, String)] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { (.insert, $0) } }
        if m == 0 { return a.map { (.delete, $0) } }
        // lengths[i][j]: LCS of a[i...] and b[j...], in one flat array.
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = a[i] == b[j] ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var steps: [(DiffOp.Kind, String)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if a[i] == b[j] { steps.append((.equal, a[i])); i += 1; j += 1 }
            else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] { steps.append((.delete, a[i])); i += 1 }
            else { steps.append((.insert, b[j])); j += 1 }
        }
        steps += a[i...].map { (.delete, $0) }
        steps += b[j...].map { (.insert, $0) }
        return steps
    }

    /// Joins consecutive words of the same kind into runs; a deletion is listed before the insertion that replaces it.
    private static func merge(_ steps: [(DiffOp.Kind, String)]) -> [DiffOp] {
        var ops: [DiffOp] = []
        for (kind, word) in steps {
            if let last = ops.indices.last, ops[last].op == kind {
                ops[last].text += " " + word
            } else {
                ops.append(DiffOp(op: kind, text: word))
            }
        }
        return ops
    }
}
