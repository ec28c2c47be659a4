/// Editorial commentary of the national database ("LexUZ sharhi"), which is not text of the act.
enum Commentary {
    private static let starts: Set<String> = ["lexuz sharhi", "lexuz шарҳи", "комментарий lexuz", "lexuz commentary",
                                              "lexuz comment", "lexuz izohi"]

    /// Whether a line opens a commentary block.
    static func isStart(_ text: Substring) -> Bool {
        guard text.utf8.count <= 40, let first = text.unicodeScalars.first, first == "L" || first == "К" else {
            return false
        }
        var key = TextFolding.key(text)
        while key.hasSuffix(".") || key.hasSuffix(":") { key.removeLast() }
        return starts.contains(key)
    }
}
