import LibXML

/// Finds the provision trees under a body element and the citations in their text.
final class ProvisionReader {
    /// The citations met so far, with the provision that contains each.
    private(set) var references: [TextReference] = []
    /// Running text is built here, provision after provision, so its buffers are allocated once.
    private var text = TextAccumulator()
    /// Likewise for nums and headings.
    private var inline = TextCollector.InlineBuffers()

    func provisions(in container: XMLNode) -> [Provision] {
        var found: [Provision] = []
        walk(container, quoted: false, enclosing: nil, into: &found)
        return found
    }

    /// Collects the outermost hierarchy elements below `node` and the `ref`s outside them.
    private func walk(_ node: XMLNode, quoted: Bool, enclosing: String?, into found: inout [Provision]) {
        node.forEachElement { child in
            let kind = ElementClass.of(child)
            if kind.contains(.hierarchy) {
                found.append(provision(child, quoted: quoted))
            } else if kind.contains(.ref) {
                if let href = child.attribute("href") {
                    references.append(TextReference(href: href, text: TextCollector.normalizedText(of: child),
                                                    inProvision: enclosing))
                }
            } else if kind.contains(.quotedStructure) {
                walk(child, quoted: true, enclosing: enclosing, into: &found)
            } else if !kind.isDisjoint(with: [.document, .authorialNote, .meta]) {
                return
            } else {
                walk(child, quoted: quoted, enclosing: enclosing, into: &found)
            }
        }
    }

    private func provision(_ node: XMLNode, quoted: Bool) -> Provision {
        var num: String?
        var heading: String?
        var subheading: String?
        node.forEachElement { child in
            let kind = ElementClass.of(child)
            if kind.contains(.num) {
                num = num ?? TextCollector.inlineText(of: child, using: &inline)
            } else if kind.contains(.heading) {
                heading = heading ?? TextCollector.inlineText(of: child, using: &inline)
            } else if kind.contains(.subheading) {
                subheading = subheading ?? TextCollector.inlineText(of: child, using: &inline)
            }
        }
        let eId = node.attribute("eId") ?? node.attribute("id")
        var children: [Provision] = []
        walk(node, quoted: quoted, enclosing: eId, into: &children)
        var status = node.attribute("status")
        if let marker = node.attribute("status", namespace: AKN.qonunNamespace) { status = marker }
        return Provision(kind: node.name, name: node.attribute("name"), eId: eId,
                         num: num.flatMap { $0.isEmpty ? nil : $0 }, heading: heading.flatMap { $0.isEmpty ? nil : $0 },
                         subheading: subheading.flatMap { $0.isEmpty ? nil : $0 },
                         text: TextCollector.runningText(of: node, using: &text), status: status, isQuoted: quoted,
                         line: node.line, children: children)
    }
}
