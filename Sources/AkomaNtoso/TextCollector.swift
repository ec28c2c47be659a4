import LibXML

/// Extracts readable text from AKN elements: one block a line, whitespace collapsed.
enum TextCollector {
    /// The running text of a provision: everything except its own num/heading/subheading, notes and nested
    /// provisions. Provisions quoted inside an amendment are part of the amending provision's text.
    static func runningText(of provision: XMLNode) -> String {
        var buffer = ""
        for child in provision.children {
            if child.isElement {
                let name = child.name
                if AKN.notRunningText.contains(name) || AKN.hierarchyElements.contains(name) { continue }
                append(child, to: &buffer, insideQuote: false)
            } else if child.kind == .text {
                appendText(child.textContent, to: &buffer)
            }
        }
        return normalizedBlocks(buffer)
    }

    private static func append(_ node: XMLNode, to buffer: inout String, insideQuote: Bool) {
        for child in node.children {
            switch child.kind {
            case .text:
                appendText(child.textContent, to: &buffer)
            case .element:
                let name = child.name
                if name == "authorialNote" || AKN.documentElements.contains(name) { continue }
                if !insideQuote && AKN.hierarchyElements.contains(name) { continue }
                let isBlock = AKN.blockElements.contains(name) || AKN.hierarchyElements.contains(name)
                if isBlock { buffer += "\n" }
                append(child, to: &buffer, insideQuote: insideQuote || name == "quotedStructure")
                if isBlock { buffer += "\n" } else if name == "num" { buffer += " " }
            default:
                continue
            }
        }
    }

    /// Source line breaks are only layout: inside running text they read as spaces; blocks make the lines.
    private static func appendText(_ text: String, to buffer: inout String) {
        if text.contains(where: \.isNewline) {
            buffer += text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        } else {
            buffer += text
        }
    }

    /// Collapses whitespace inside each line and drops empty lines.
    static func normalizedBlocks(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let collapsed = normalizedInline(line)
            if !collapsed.isEmpty { lines.append(collapsed) }
        }
        return lines.joined(separator: "\n")
    }

    /// Collapses every run of whitespace (newlines included) to one space and trims the ends.
    static func normalizedInline(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
