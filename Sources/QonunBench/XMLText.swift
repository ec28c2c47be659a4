/// An indented XML text being built line by line.
struct XMLText {
    /// The text so far.
    private(set) var text = ""

    /// Appends one line at `depth` levels of two-space indentation.
    mutating func line(_ depth: Int, _ content: String) {
        text.append(String(repeating: "  ", count: depth))
        text.append(content)
        text.append("\n")
    }

    /// Escapes the characters XML gives a meaning to, for text and attribute values.
    static func escaped(_ value: String) -> String {
        guard value.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return value }
        var result = ""
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
