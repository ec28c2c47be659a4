internal import CLibXML2

extension XMLNode {
    /// True when the node's local name is `name`; compares libxml2's bytes without making a String.
    public func isNamed(_ name: String) -> Bool {
        guard let own = pointer.pointee.name else { return false }
        return CStringComparison.equal(own, name)
    }

    /// Calls `body` with each element child in document order, without building an array.
    public func forEachElement(_ body: (XMLNode) throws -> Void) rethrows {
        guard let first = pointer.pointee.children else { return }
        var current = XMLNode(pointer: first, document: document)
        while true {
            if current.pointer.pointee.type == XML_ELEMENT_NODE { try body(current) }
            guard let next = current.pointer.pointee.next else { return }
            current.pointer = next
        }
    }

    /// The first element child for which `predicate` holds, without building an array.
    public func firstElement(where predicate: (XMLNode) throws -> Bool) rethrows -> XMLNode? {
        guard let first = pointer.pointee.children else { return nil }
        var current = XMLNode(pointer: first, document: document)
        while true {
            if current.pointer.pointee.type == XML_ELEMENT_NODE, try predicate(current) { return current }
            guard let next = current.pointer.pointee.next else { return nil }
            current.pointer = next
        }
    }

    /// Appends the UTF-8 bytes of `textContent` to `buffer` without making a String: the node's own text for
    /// a text node, all descendant text in document order for an element.
    public func appendTextContent(to buffer: inout [UInt8]) {
        switch pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            appendTextBytes(to: &buffer)
        case XML_ELEMENT_NODE:
            if !XMLNode.appendDescendantText(of: pointer, to: &buffer) {
                // Something other than text, comments and elements (an entity reference): libxml2 knows
                // what its content is.
                guard let content = xmlNodeGetContent(pointer) else { return }
                defer { qonun_xmlFree(content) }
                buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
            }
        default:
            buffer.append(contentsOf: textContent.utf8)
        }
    }

    /// Appends the text below `element`; false, with `buffer` as it was, when a node other than an element,
    /// text, CDATA, comment or processing instruction is met (those are the only ones our parser creates
    /// under an element; xmlNodeGetContent skips comments and processing instructions).
    private static func appendDescendantText(of element: xmlNodePtr, to buffer: inout [UInt8]) -> Bool {
        let start = buffer.count
        var child = element.pointee.children
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
                }
            case XML_ELEMENT_NODE:
                if !appendDescendantText(of: node, to: &buffer) {
                    buffer.removeSubrange(start...)
                    return false
                }
            case XML_COMMENT_NODE, XML_PI_NODE:
                break
            default:
                buffer.removeSubrange(start...)
                return false
            }
            child = node.pointee.next
        }
        return true
    }
}
