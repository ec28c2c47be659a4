import Foundation
import LibXML

/// Extracts readable text from AKN elements: one block a line, whitespace collapsed.
enum TextCollector {
    /// The running text of a provision: everything except its own num/heading/subheading, notes and nested
    /// provisions. Provisions quoted inside an amendment are part of the amending provision's text.
    static func runningText(of provision: XMLNode) -> String {
        var text = TextAccumulator()
        provision.forEachChild { child in
            switch child.kind {
            case .text: text.append(child)
            case .element:
                let name = child.name
                if AKN.notRunningText.contains(name) || AKN.hierarchyElements.contains(name) { return }
                append(child, to: &text, insideQuote: false)
            default: return
            }
        }
        return text.result
    }

    private static func append(_ node: XMLNode, to text: inout TextAccumulator, insideQuote: Bool) {
        node.forEachChild { child in
            switch child.kind {
            case .text:
                text.append(child)
            case .element:
                let name = child.name
                if name == "authorialNote" || AKN.documentElements.contains(name) { return }
                if name == "sup", let superscript = superscriptDigits(child.textContent.trimmingCharacters(in: .whitespaces)) {
                    text.append(superscript)
                    return
                }
                if !insideQuote && AKN.hierarchyElements.contains(name) { return }
                let isBlock = AKN.blockElements.contains(name) || AKN.hierarchyElements.contains(name)
                if isBlock { text.breakLine() }
                append(child, to: &text, insideQuote: insideQuote || name == "quotedStructure")
                if isBlock { text.breakLine() } else if name == "num" { text.space() }
            default:
                return
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

    /// Collapses whitespace inside each line and drops empty lines (used for text gathered elsewhere).
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

/// Builds running text in one pass over UTF-8 bytes: runs of XML whitespace become one space, block
/// boundaries become line breaks, and lines are trimmed and never empty.
struct TextAccumulator {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ node: XMLNode) {
        var raw: [UInt8] = []
        node.appendTextBytes(to: &raw)
        append(bytes: raw)
    }

    mutating func append(_ text: String) {
        append(bytes: Array(text.utf8))
    }

    private mutating func append(bytes raw: [UInt8]) {
        for byte in raw {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                pendingSpace = true
            } else {
                if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
    }

    /// A separator that must read as a space (after a num).
    mutating func space() { pendingSpace = true }

    mutating func breakLine() {
        pendingSpace = false
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    var result: String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
