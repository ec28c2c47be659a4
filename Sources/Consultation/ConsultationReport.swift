import Foundation
public import Registry
internal import Crypto
internal import GRDB

/// The consultation's outcome, provision by provision: comments by stance, every disposition, and the change
/// made in the next draft version.
public struct ConsultationReport: Sendable, Encodable {
    /// One provision's part of the report.
    public struct ProvisionReport: Sendable, Encodable {
        /// The provision.
        public var eId: String
        /// Its num and heading.
        public var label: String
        /// Visible comments in support (campaign members counted).
        public var support: Int
        /// Visible comments against.
        public var oppose: Int
        /// Visible neutral comments.
        public var neutral: Int
        /// The comments, each with its disposition.
        public var comments: [Comment]
        /// What the next draft version did to the provision: unchanged, changed, removed; nil when there is no next version.
        public var change: String?
        /// The word-level change, when changed.
        public var ops: [DiffOp]?
    }

    /// The consultation.
    public var consultation: Consultation
    /// Provisions that received comments, in the draft's order.
    public var provisions: [ProvisionReport]
    /// All visible comments.
    public var totalComments: Int
    /// Comments with a disposition.
    public var disposed: Int
    /// Campaign groups (near-identical comments from several accounts).
    public var campaigns: Int
}

extension ConsultationStore {
    /// The report of a consultation.
    public func report(_ consultationId: Int64) throws(ConsultationError) -> ConsultationReport {
        let consultation = try self.consultation(consultationId)
        let comments = try self.comments(of: consultationId)
        var order: [String] = []
        var labels: [String: String] = [:]
        for version in consultation.versions {
            if let shown = try? registry.show(version) {
                func visit(_ node: StoredProvision) {
                    if let eId = node.eId {
                        if !order.contains(eId) { order.append(eId) }
                        if labels[eId] == nil {
                            let label = [node.num, node.heading].compactMap { $0 }.joined(separator: " ")
                            if !label.isEmpty { labels[eId] = label }
                        }
                    }
                    node.children.forEach(visit)
                }
                (shown.provisions ?? []).forEach(visit)
            }
        }
        var diffs: [String: ExpressionDiff] = [:]
        func nextVersion(after expression: String) -> String? {
            guard let index = consultation.versions.firstIndex(of: expression), index + 1 < consultation.versions.count else { return nil }
            return consultation.versions[index + 1]
        }
        let byEId = Dictionary(grouping: comments, by: \.eId)
        var provisions: [ConsultationReport.ProvisionReport] = []
        for eId in order + byEId.keys.filter({ !order.contains($0) }).sorted() {
            guard let list = byEId[eId], !list.isEmpty else { continue }
            let count = { (stance: Comment.Stance) in list.filter { $0.stance == stance }.count }
            var change: String?
            var ops: [DiffOp]?
            if let first = list.map(\.expression).min(by: { (consultation.versions.firstIndex(of: $0) ?? 0) < (consultation.versions.firstIndex(of: $1) ?? 0) }),
               let next = nextVersion(after: first) {
                let key = first + "\u{1}" + next
                if diffs[key] == nil { diffs[key] = try? registry.diff(first, next) }
                if let diff = diffs[key] {
                    if diff.removed.contains(where: { eId == $0 || eId.hasPrefix($0 + "__") }) { change = "removed" }
                    else if let changed = diff.changed.first(where: { $0.eId == eId }) { change = "changed"; ops = changed.ops }
                    else if diff.changed.contains(where: { $0.eId.hasPrefix(eId + "__") }) || diff.added.contains(where: { $0.hasPrefix(eId + "__") }) {
                        change = "changed"
                    } else { change = "unchanged" }
                }
            }
            provisions.append(.init(eId: eId, label: labels[eId] ?? eId, support: count(.support), oppose: count(.oppose),
                                    neutral: count(.neutral), comments: list, change: change, ops: ops))
        }
        let campaigns = Set(comments.compactMap(\.campaignId)).count
        return ConsultationReport(consultation: consultation, provisions: provisions, totalComments: comments.count,
                                  disposed: comments.filter { $0.disposition != nil }.count, campaigns: campaigns)
    }
}
