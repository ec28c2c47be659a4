/// The parts of an act's text around its body: preface (type, title, adoption dates), preamble, body and
/// conclusions (signature block and publication notes). Lines here are already free of page chrome.
struct ActFrame: Sendable {
    var preface: ArraySlice<SourceLine>
    var preamble: ArraySlice<SourceLine>
    var body: ArraySlice<SourceLine>
    var conclusions: ArraySlice<SourceLine>
    var signature: SignatureBlock?

    private static let preambleWords: Set<String> = ["muqaddima", "муқаддима", "преамбула", "preamble"]

    /// Splits the lines; `nil` when no structural heading is found.
    static func split(_ lines: [SourceLine]) -> ActFrame? {
        guard let bodyStart = lines.firstIndex(where: { HeadingParser.parse($0.text) != nil }) else { return nil }
        var conclusionStart = lines.count
        var signature: SignatureBlock?
        for index in stride(from: lines.count - 1, through: max(bodyStart + 1, lines.count - 12), by: -1)
        where SignatureBlock.signerRoleEnd(lines[index].text) != nil {
            conclusionStart = index
            signature = SignatureBlock(lines[index...])
            break
        }
        if signature == nil {
            while conclusionStart - 1 > bodyStart,
                  let note = EditorialNote.parse(lines[conclusionStart - 1].text), note.role == .publication {
                conclusionStart -= 1
            }
        }
        var prefaceEnd = bodyStart
        if let marker = lines[..<bodyStart].firstIndex(where: { line in
            line.text.utf8.count <= 24 && preambleWords.contains(TextFolding.key(line.text).trimmingTrailingPunctuation())
        }) {
            prefaceEnd = marker
        }
        return ActFrame(preface: lines[..<prefaceEnd], preamble: lines[prefaceEnd..<bodyStart],
                        body: lines[bodyStart..<conclusionStart], conclusions: lines[conclusionStart...],
                        signature: signature)
    }
}
