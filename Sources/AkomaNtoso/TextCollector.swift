import Foundation
import LibXML

/// Extracts readable text from AKN elements: one block a line, whitespace collapsed.
///
/// Text is gathered as UTF-8 bytes straight from libxml2 and becomes a String once, at the end: building a
/// String per text node and walking it by `Character` was most of the cost of reading a document.
enum TextCollector {
    /// The running text of a provision: everything except its own num/heading/subheading, notes and nested
    /// provisions. Provisions quoted inside an amendment are part of the amending provision's text.
    static func runningText(of provision: XMLNode) -> String {
        var text = TextAccumulator()
        return runningText(of: provision, using: &text)
    }

    /// `runningText(of:)` built in `text`, whose storage is reused from one provision to the next.
    static func runningText(of provision: XMLNode, using text: inout TextAccumulator) -> String {
        text.reset()
        provision.forEachChild { child in
            switch child.kind {
            case .text: text.append(child)
            case .element:
                if !ElementClass.of(child).isDisjoint(with: [.notRunningText, .hierarchy]) { return }
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
                let kind = ElementClass.of(child)
                if !kind.isDisjoint(with: [.authorialNote, .document]) { return }
                if kind.contains(.sup), text.appendSuperscript(of: child) { return }
                if !insideQuote && kind.contains(.hierarchy) { return }
                let isBlock = !kind.isDisjoint(with: [.block, .hierarchy])
                if isBlock { text.breakLine() }
                append(child, to: &text, insideQuote: insideQuote || kind.contains(.quotedStructure))
                if isBlock { text.breakLine() } else if kind.contains(.num) { text.space() }
            default:
                return
            }
        }
    }

    /// The text of an inline element (num, heading) on one line, with `<sup>` digits as superscripts (12¹).
    static func inlineText(of node: XMLNode) -> String {
        var buffers = InlineBuffers()
        return inlineText(of: node, using: &buffers)
    }

    /// `inlineText(of:)` built in `buffers`, whose storage is reused from one heading to the next.
    static func inlineText(of node: XMLNode, using buffers: inout InlineBuffers) -> String {
        buffers.text.removeAll(keepingCapacity: true)
        appendInline(node, to: &buffers.text, scratch: &buffers.scratch)
        return InlineWhitespace.normalized(buffers.text, using: &buffers.result)
    }

    /// Storage for `inlineText(of:using:)`.
    struct InlineBuffers {
        /// The text gathered from the element.
        var text: [UInt8] = []
        /// A `<sup>`'s text.
        var scratch: [UInt8] = []
        /// The normalised text.
        var result: [UInt8] = []
    }

    private static func appendInline(_ node: XMLNode, to buffer: inout [UInt8], scratch: inout [UInt8]) {
        node.forEachChild { child in
            switch child.kind {
            case .text: child.appendTextBytes(to: &buffer)
            case .element:
                let kind = ElementClass.of(child)
                if kind.contains(.authorialNote) { return }
                if kind.contains(.sup) {
                    scratch.removeAll(keepingCapacity: true)
                    child.appendTextContent(to: &scratch)
                    if Superscript.append(digitsIn: scratch, to: &buffer) { return }
                }
                appendInline(child, to: &buffer, scratch: &scratch)
            default: return
            }
        }
    }

    /// The descendant text of a node (`ref`, a title) on one line: `normalizedInline(node.textContent)`.
    static func normalizedText(of node: XMLNode) -> String {
        var buffer: [UInt8] = []
        node.appendTextContent(to: &buffer)
        return InlineWhitespace.normalized(buffer)
    }

    /// "12" → "¹²"; nil when the text is not all ASCII digits.
    static func superscriptDigits(_ text: String) -> String? {
        var digits: [UInt8] = []
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              Superscript.append(digitsIn: Array(text.utf8), to: &digits) else { return nil }
        return String(decoding: digits, as: UTF8.self)
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
        InlineWhitespace.normalized(Array(text.utf8))
    }
}
