/// The signature block at the end of an act: "Oʻzbekiston Respublikasining Prezidenti Sh. MIRZIYOYEV",
/// "Toshkent sh.,", "2019-yil 2-iyul,", "OʻRQ-547-son".
struct SignatureBlock: Sendable {
    /// What one line of the block is.
    enum LineRole: Sendable, Equatable {
        case signer(roleEnd: String.Index)
        case place
        case date(LegalDate)
        case number
        case other
    }

    private static let roles = [
        "o'zbekiston respublikasining prezidenti", "o'zbekiston respublikasi prezidenti",
        "ўзбекистон республикаси президенти", "ўзбекистон республикасининг президенти",
        "президент республики узбекистан", "president of the republic of uzbekistan",
    ]
    private static let placeWords = ["sh.", "shahri", "toshkent", "тошкент", "ташкент", "tashkent", "г.", "ш."]

    /// The signature as metadata.
    var signature: ImportedAct.Signature
    /// The role of each line of the block, in order.
    var roles: [LineRole]

    /// Where the signer's office ends, when the line is a signer line ("… Prezidenti Sh. MIRZIYOYEV").
    static func signerRoleEnd(_ text: Substring) -> String.Index? {
        guard text.utf8.count <= 120, let first = text.unicodeScalars.first,
              first == "O" || first == "Ў" || first == "П" || first == "P" else { return nil }
        let key = TextFolding.key(text)
        for role in roles where key.hasPrefix(role) {
            let count = role.unicodeScalars.count
            guard let end = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: count,
                                                      limitedBy: text.unicodeScalars.endIndex) else { continue }
            let person = text[end...]
            guard person.contains(where: { $0.isLetter }), person.count <= 40 else { continue }
            return end
        }
        return nil
    }

    /// Reads the block that starts with a signer line.
    init?<C: Collection>(_ lines: C) where C.Element == SourceLine {
        guard let first = lines.first, let roleEnd = Self.signerRoleEnd(first.text) else { return nil }
        let role = String(first.text[..<roleEnd])
        let person = String(first.text[roleEnd...]).trimmed()
        signature = ImportedAct.Signature(role: role, person: person, place: nil, date: nil, number: nil)
        roles = [.signer(roleEnd: roleEnd)]
        for line in lines.dropFirst() {
            let text = line.text
            let short = text.utf8.count <= 48
            let key = TextFolding.key(text)
            if short, signature.place == nil, signature.date == nil, ByteSearch.containsAny(key, Self.placeWords),
               LegalDate.first(in: text) == nil {
                signature.place = String(text)
                roles.append(.place)
            } else if short, signature.date == nil, let date = LegalDate.first(in: text) {
                signature.date = date.iso
                roles.append(.date(date))
            } else if short, signature.number == nil, let number = PageChrome.number(in: text) {
                signature.number = number
                roles.append(.number)
            } else {
                roles.append(.other)
            }
        }
    }
}
