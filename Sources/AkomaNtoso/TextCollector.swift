import Foundation
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
                if name == "sup", let superscript = superscriptDigits(child.textContent.trimmingCharacters(in: .whitespaces)) {
                    buffer += superscript
                    continue
                }
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

    /// The text of an inline element (num, heading) on one line, with `<sup>` digits as superscripts (12¹).
    static func inlineText(of node: XMLNode) -> String {
        var buffer = ""
        appendInline(node, to: &buffer)
        return normalizedInline(buffer)
    }

    private static func appendInline(_ node: XMLNode, to buffer: inout String) {
        for child in node.children {
            switch child.kind {
            case .text: buffer += child.textContent
            case .element:
                if child.name == "authorialNote" { continue }
                if child.name == "sup" {
                    let text = child.textContent.trimmingCharacters(in: .whitespaces)
                    if let superscript = superscriptDigits(text) { buffer += superscript; continue }
                }
                appendInline(child, to: &buffer)
            default: continue
            }
        }
    }

    /// "12" → "¹²"; nil when the text is not all ASCII digits.
    static func superscriptDigits(_ text: String) -> String? {
        let table: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        guard !text.isEmpty else { return nil }
        var result = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result
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
