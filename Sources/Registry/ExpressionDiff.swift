import AkomaNtoso
internal import GRDB

/// The differences between two versions of a work, provision by provision.
public struct ExpressionDiff: Sendable, Encodable, Equatable {
    /// A provision whose own content changed.
    public struct Change: Sendable, Codable, Equatable {
        /// The provision's eId.
        public var eId: String
        /// The word-level runs from the old text to the new.
        public var ops: [DiffOp]
    }

    /// A provision that only changed number or eId.
    public struct Renumbering: Sendable, Codable, Equatable {
        /// eId in the older version.
        public var from: String
        /// eId in the newer version.
        public var to: String
        /// num in the older version.
        public var fromNum: String?
        /// num in the newer version.
        public var toNum: String?
    }

    /// The older expression.
    public var from: String
    /// The newer expression.
    public var to: String
    /// Provisions new in `to` (the topmost of each added subtree).
    public var added: [String]
    /// Provisions gone from `to` (the topmost of each removed subtree).
    public var removed: [String]
    /// Provisions present in both whose own number, heading or text changed.
    public var changed: [Change]
    /// Provisions whose content is the same under another number or eId.
    public var renumbered: [Renumbering]

    /// For each eId listed above: a label (the num and heading of the provision or its nearest numbered
    /// ancestor) and, for added and removed provisions, their text. Not part of the JSON output.
    public var details: [String: ProvisionDetail] = [:]

    /// What a reader needs to recognise a provision in a list of changes.
    public struct ProvisionDetail: Sendable, Equatable {
        /// "5-modda. Elektron hukumatning asosiy prinsiplari"
        public var label: String
        /// The provision's subtree as plain text.
        public var text: String
    }

    private enum CodingKeys: String, CodingKey { case from, to, added, removed, changed, renumbered }

    /// True when the versions have the same provisions with the same content.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && renumbered.isEmpty }
}

extension Registry {
    /// Compares two expressions: provisions aligned by eId, then by identical content where eIds changed.
    public func diff(_ old: String, _ new: String) throws(RegistryError) -> ExpressionDiff {
        let (a, aPortion) = try resolve(old)
        let (b, bPortion) = try resolve(new)
        let (rowsA, rowsB) = try read { db in
            (try Registry.provisionRows(db, expressionId: a.id), try Registry.provisionRows(db, expressionId: b.id))
        }
        let nodesA = Registry.flatten(rowsA, portion: aPortion), nodesB = Registry.flatten(rowsB, portion: bPortion)
        var diff = ExpressionDiffer(old: nodesA, new: nodesB).diff(from: a.expression, to: b.expression)
        for eId in diff.added + diff.changed.map(\.eId) + diff.renumbered.map(\.to) {
            diff.details[eId] = Registry.detail(eId: eId, rows: rowsB)
        }
        for eId in diff.removed { diff.details[eId] = Registry.detail(eId: eId, rows: rowsA) }
        return diff
    }

    /// Label and text of the provision `eId` among `rows`.
    static func detail(eId: String, rows: [ProvisionRow]) -> ExpressionDiff.ProvisionDetail? {
        guard let row = rows.first(where: { $0.eId == eId }) else { return nil }
        let byId = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var labelled: ProvisionRow? = row
        while let current = labelled, current.num == nil && current.heading == nil {
            labelled = current.parentId.flatMap { byId[$0] }
        }
        var label = [labelled?.num, labelled?.heading].compactMap { $0 }.joined(separator: " ")
        if let labelled, labelled.id != row.id, let num = row.num { label += " — " + num }
        let text = rows.trees(rootedAt: row.id).first?.plainText() ?? ""
        return ExpressionDiff.ProvisionDetail(label: label.isEmpty ? eId : label, text: text)
    }

    /// The provisions with eIds in document order, limited to the subtree of `portion` when given.
    static func flatten(_ rows: [ProvisionRow], portion: String?) -> [(eId: String, parent: String?, node: StoredProvision)] {
        var eIdOf: [Int64: String] = [:]
        var result: [(String, String?, StoredProvision)] = []
        for row in rows {
            guard let eId = row.eId else { continue }
            eIdOf[row.id] = eId
            if let portion, eId != portion, !eId.hasPrefix(portion + "__") { continue }
            result.append((eId, row.parentId.flatMap { eIdOf[$0] }, row.node))
        }
        return result
    }
}

/// The alignment itself, independent of storage.
struct ExpressionDiffer {
    let old: [(eId: String, parent: String?, node: StoredProvision)]
    let new: [(eId: String, parent: String?, node: StoredProvision)]

    func diff(from: String, to: String) -> ExpressionDiff {
        let oldByEId = Dictionary(old.map { ($0.eId, $0.node) }, uniquingKeysWith: { first, _ in first })
        let newByEId = Dictionary(new.map { ($0.eId, $0.node) }, uniquingKeysWith: { first, _ in first })
        var changed: [ExpressionDiff.Change] = []
        var renumbered: [ExpressionDiff.Renumbering] = []
        for entry in new {
            guard let before = oldByEId[entry.eId] else { continue }
            let after = entry.node
            if before.ownContent == after.ownContent { continue }
            if before.contentWithoutNumber == after.contentWithoutNumber {
                renumbered.append(.init(from: entry.eId, to: entry.eId, fromNum: before.num, toNum: after.num))
            } else if !changed.contains(where: { $0.eId == entry.eId }) {
                changed.append(.init(eId: entry.eId, ops: WordDiff.ops(from: before.ownContent, to: after.ownContent)))
            }
        }
        var addedEntries = new.filter { oldByEId[$0.eId] == nil }
        var removedEntries = old.filter { newByEId[$0.eId] == nil }
        // Where eIds changed, content that reappears unchanged is a renumbering, not a removal and an addition.
        var matchedAdded = Set<String>()
        for removed in removedEntries where !removed.node.contentWithoutNumber.isEmpty {
            if let match = addedEntries.first(where: { !matchedAdded.contains($0.eId) && $0.node.kind == removed.node.kind
                && $0.node.contentWithoutNumber == removed.node.contentWithoutNumber }) {
                matchedAdded.insert(match.eId)
                renumbered.append(.init(from: removed.eId, to: match.eId, fromNum: removed.node.num, toNum: match.node.num))
            }
        }
        let renumberedFrom = Set(renumbered.map(\.from))
        removedEntries.removeAll { renumberedFrom.contains($0.eId) }
        addedEntries.removeAll { matchedAdded.contains($0.eId) }
        let addedSet = Set(addedEntries.map(\.eId)), removedSet = Set(removedEntries.map(\.eId))
        return ExpressionDiff(
            from: from, to: to,
            added: addedEntries.filter { $0.parent.map { !addedSet.contains($0) } ?? true }.map(\.eId),
            removed: removedEntries.filter { $0.parent.map { !removedSet.contains($0) } ?? true }.map(\.eId),
            changed: changed, renumbered: renumbered
        )
    }
}
