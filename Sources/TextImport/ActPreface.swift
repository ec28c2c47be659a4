/// What the preface says: the act's type and title, and the chambers' adoption and approval dates.
struct ActPreface: Sendable {
    /// What one preface line is.
    enum LineRole: Sendable {
        case docType
        case docTitle
        /// A chamber's decision; `event` is `adoption` or `approval`.
        case stage(LegalDate, event: String)
        case note(kind: String)
        case commentary
        case other
    }

    var roles: [LineRole]
    var title: String
    var docType: String?
    /// (date, event) for each chamber's decision.
    var stages: [(date: String, event: String)]

    private static let adoptionWords = ["qabul qilingan", "қабул қилинган", "принят", "adopted"]
    private static let approvalWords = ["ma'qullangan", "маъқулланган", "одобрен", "approved"]

    init(_ lines: ArraySlice<SourceLine>) {
        roles = []
        stages = []
        var titleLines: [Substring] = []
        var commentaryOpen = false
        for line in lines {
            let text = line.text
            if Commentary.isStart(text) {
                commentaryOpen = true
                roles.append(.commentary)
                continue
            }
            if commentaryOpen {
                roles.append(.commentary)
                continue
            }
            if let note = EditorialNote.parse(text) {
                roles.append(.note(kind: note.role == .publication ? "publication" : "amendment"))
                continue
            }
            let key = TextFolding.key(text)
            if text.utf8.count <= 160, let date = LegalDate.first(in: text) {
                if ByteSearch.containsAny(key, Self.adoptionWords) {
                    roles.append(.stage(date, event: "adoption"))
                    stages.append((date.iso, "adoption"))
                    continue
                }
                if ByteSearch.containsAny(key, Self.approvalWords) {
                    roles.append(.stage(date, event: "approval"))
                    stages.append((date.iso, "approval"))
                    continue
                }
            }
            let isLeading = roles.allSatisfy {
                if case .docType = $0 { return true }
                if case .docTitle = $0 { return true }
                return false
            }
            if isLeading && roles.isEmpty {
                let isType = key.hasSuffix("qonuni") || key.hasSuffix("қонуни") || key.hasPrefix("закон")
                    || key.hasPrefix("law ") || key == "law"
                roles.append(isType ? .docType : .docTitle)
                if isType { docType = String(text) } else { titleLines.append(text) }
            } else if isLeading && TextFolding.isMostlyUppercase(text) {
                roles.append(.docTitle)
                titleLines.append(text)
            } else {
                roles.append(.other)
            }
        }
        title = titleLines.isEmpty ? (docType ?? "") : titleLines.joined(separator: " ")
    }
}
