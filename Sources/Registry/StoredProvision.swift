/// A provision as stored, with its subtree, for display and JSON output.
public struct StoredProvision: Sendable, Codable, Equatable {
    /// eId, when the document gave one.
    public var eId: String?
    /// Element name (article, paragraph...).
    public var kind: String
    /// The num text.
    public var num: String?
    /// The heading.
    public var heading: String?
    /// Own running text.
    public var text: String
    /// repealed, removed... or nil when in force.
    public var status: String?
    /// Nested provisions.
    public var children: [StoredProvision]

    /// num, heading and text: what a diff compares.
    var ownContent: String {
        [num, heading, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// heading and text without the number: what stays when a provision is only renumbered.
    var contentWithoutNumber: String {
        [heading, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The whole subtree as plain text, one block a line, indented by depth.
    public func plainText(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        var lines: [String] = []
        let head = [num, heading].compactMap { $0 }.joined(separator: " ") + (status.map { " [\($0)]" } ?? "")
        var textLines = text.split(separator: "\n").map(String.init)
        if heading == nil, num != nil, !textLines.isEmpty {
            // A numbered point reads "1) text" on one line.
            textLines[0] = head + " " + textLines[0]
        } else if !head.isEmpty {
            lines.append(pad + head)
        }
        for line in textLines { lines.append(pad + line) }
        var result = lines.joined(separator: "\n")
        for child in children {
            let childText = child.plainText(indent: indent + 1)
            if !childText.isEmpty { result += (result.isEmpty ? "" : "\n") + childText }
        }
        return result
    }

    /// The subtree flattened, depth first.
    var flattened: [StoredProvision] { [self] + children.flatMap(\.flattened) }
}

/// A stored provision row, as read from the database.
struct ProvisionRow: Sendable {
    var id: Int64
    var parentId: Int64?
    var eId: String?
    var kind: String
    var num: String?
    var heading: String?
    var text: String
    var status: String?
    var component: String?

    var node: StoredProvision {
        StoredProvision(eId: eId, kind: kind, num: num, heading: heading, text: text, status: status, children: [])
    }
}

extension Array where Element == ProvisionRow {
    /// Builds the trees of the rows (which are in document order).
    func trees(rootedAt root: Int64? = nil) -> [StoredProvision] {
        var childrenOf: [Int64: [ProvisionRow]] = [:]
        var roots: [ProvisionRow] = []
        for row in self {
            if let parent = row.parentId { childrenOf[parent, default: []].append(row) } else { roots.append(row) }
        }
        func build(_ row: ProvisionRow) -> StoredProvision {
            var node = row.node
            node.children = (childrenOf[row.id] ?? []).map(build)
            return node
        }
        if let root, let row = first(where: { $0.id == root }) { return [build(row)] }
        return roots.map(build)
    }
}
