internal import GRDB

/// One version of a provision: the span of days it read the same.
public struct ProvisionVersion: Sendable, Encodable, Equatable {
    /// The first expression with this wording.
    public var expression: String
    /// In force from.
    public var from: String
    /// In force until (exclusive); nil when current.
    public var until: String?
    /// enacted, changed, added, removed, repealed.
    public var change: String
    /// The wording (num, heading, text and sub-provisions), empty once removed.
    public var text: String
    /// The acts that made this change, where the documents say so.
    public var amendedBy: [String]
}

/// A provision's history in one language.
public struct ProvisionHistory: Sendable, Encodable, Equatable {
    /// The work URI.
    public var work: String
    /// The provision's eId.
    public var eId: String
    /// The language followed.
    public var language: String
    /// Versions, oldest first.
    public var versions: [ProvisionVersion]
}

extension Registry {
    /// Every wording a provision has had, with dates and amending acts.
    public func history(_ uri: String, language: String? = nil) throws(RegistryError) -> ProvisionHistory {
        let (base, eId) = Registry.splitPortion(uri)
        guard let eId else {
            throw RegistryError.invalidQuery(uri, reason: "name a provision: URI~eId, for example /akn/uz/act/2015-12-09/demo-egov~art_5")
        }
        // Any version will do to find the work and the language.
        let (anchor, _) = try resolveAnyVersion(base, language: language)
        return try read { db in
            let expressions = try Registry.expressions(db, where: "e.work_id = ? AND e.language = ? ORDER BY e.date", [anchor.workId, anchor.language])
            var versions: [ProvisionVersion] = []
            var previousText: String?
            for expression in expressions {
                let rows = try Registry.provisionRows(db, expressionId: expression.id)
                let tree = rows.first(where: { $0.eId == eId }).flatMap { rows.trees(rootedAt: $0.id).first }
                let text = tree?.plainText() ?? ""
                let status = tree?.status
                let change: String
                if let previousText {
                    if tree == nil { change = previousText.isEmpty ? "" : "removed" }
                    else if previousText.isEmpty { change = "added" }
                    else if text == previousText { change = "" }
                    else { change = status == "repealed" || status == "removed" ? "repealed" : "changed" }
                } else {
                    if tree == nil { previousText = ""; continue }
                    change = "enacted"
                }
                previousText = tree == nil ? "" : text
                if change.isEmpty {
                    if let last = versions.indices.last { versions[last].until = expression.validUntil }
                    continue
                }
                let amendedBy = try String.fetchAll(db, sql: """
                    SELECT DISTINCT amending_work FROM amendment
                    WHERE amended_work = ? AND date = ? AND (amended_eid = ? OR amended_eid LIKE ? ESCAPE '\\' OR ? LIKE amended_eid || '\\_\\_%' ESCAPE '\\')
                    UNION
                    SELECT DISTINCT source_uri FROM lifecycle_event
                    WHERE expression_id = ? AND date = ? AND source_uri IS NOT NULL AND source_uri <> ?
                        AND NOT EXISTS (SELECT 1 FROM amendment WHERE amended_work = ? AND date = ?)
                    """, arguments: [anchor.work, expression.date, eId, Registry.likePrefix(eId), eId,
                                     expression.id, expression.date, anchor.work, anchor.work, expression.date])
                versions.append(ProvisionVersion(expression: expression.expression, from: expression.date, until: expression.validUntil,
                                                 change: change, text: text, amendedBy: change == "enacted" ? [] : amendedBy))
            }
            if versions.isEmpty { throw RegistryError.unknownProvision(uri: anchor.work, eId: eId) }
            return ProvisionHistory(work: anchor.work, eId: eId, language: anchor.language, versions: versions)
        }
    }

    /// `eId__%` for LIKE, with LIKE's wildcards escaped.
    static func likePrefix(_ eId: String) -> String {
        eId.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "_", with: "\\_")
            .replacingOccurrences(of: "%", with: "\\%") + "\\_\\_%"
    }

    /// An expression of the work or the expression named, whatever its date.
    func resolveAnyVersion(_ uri: String, language: String?) throws(RegistryError) -> (ExpressionInfo, String?) {
        do {
            return try resolve(uri, language: language)
        } catch .notInForce {
            let versions = try self.versions(ofWork: uri).filter { language == nil || $0.language == language }
            let preferred = Registry.preferredLanguages.compactMap { code in versions.first { $0.language == code } }.first ?? versions.first
            guard let preferred else { throw RegistryError.unknownURI(uri) }
            return (preferred, nil)
        }
    }
}
