import Foundation
internal import CLibXML2

/// A node of a parsed document. Keeps its document alive; cheap to copy.
public struct XMLNode: @unchecked Sendable {
    // Unchecked Sendable for the same reason as `XMLDocument`: nodes are read, not mutated, across threads.
    // A var so that iteration can move one node along its siblings: one retain of the document per loop
    // rather than one per child.
    var pointer: xmlNodePtr
    /// The document this node belongs to.
    public let document: XMLDocument

    init(pointer: xmlNodePtr, document: XMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// What kind of node this is.
    public enum Kind: Sendable {
        case element, text, comment, processingInstruction, other
    }

    /// The kind of this node; CDATA sections are parsed as text.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_COMMENT_NODE: return .comment
        case XML_PI_NODE: return .processingInstruction
        default: return .other
        }
    }

    /// True for element nodes.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The local name of an element (without prefix).
    public var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Compares the local name without allocating a String.
    public func hasName(_ candidate: StaticString) -> Bool {
        guard let name = pointer.pointee.name else { return false }
        return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(candidate.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// The namespace URI of an element or attribute, if it has one.
    public var namespaceURI: String? {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The line where the node starts in the source.
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The value of an attribute without namespace, or nil when absent.
    public func attribute(_ name: String) -> String? {
        switch XMLAttributeLookup(element: pointer, name: name, namespace: nil).value {
        case .found(let value): return value
        case .absent: return nil
        case .ask:
            guard let value = xmlGetNoNsProp(pointer, name) else { return nil }
            defer { qonun_xmlFree(value) }
            return String(cString: value)
        }
    }

    /// The value of an attribute in a namespace, or nil when absent.
    public func attribute(_ name: String, namespace: String) -> String? {
        switch XMLAttributeLookup(element: pointer, name: name, namespace: namespace).value {
        case .found(let value): return value
        case .absent: return nil
        case .ask:
            guard let value = xmlGetNsProp(pointer, name, namespace) else { return nil }
            defer { qonun_xmlFree(value) }
            return String(cString: value)
        }
    }

    /// The parent node, unless this is the root element.
    public var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(pointer: parent, document: document)
    }

    /// Every child node in document order (elements, text, comments).
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(XMLNode(pointer: node, document: document))
            child = node.pointee.next
        }
        return result
    }

    /// Calls `body` with each child node in document order, without building an array.
    public func forEachChild(_ body: (XMLNode) throws -> Void) rethrows {
        guard let first = pointer.pointee.children else { return }
        var current = XMLNode(pointer: first, document: document)
        while true {
            try body(current)
            guard let next = current.pointer.pointee.next else { return }
            current.pointer = next
        }
    }

    /// Appends a text node's UTF-8 bytes to `buffer` (nothing for other nodes), without making a String.
    public func appendTextBytes(to buffer: inout [UInt8]) {
        _ = withTextBytes { buffer.append(contentsOf: $0) }
    }

    /// Calls `body` with a text node's UTF-8 bytes in place (libxml2's own buffer, valid during the call);
    /// nil for other nodes.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE,
              let content = pointer.pointee.content else { return nil }
        let count = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        return try body(UnsafeBufferPointer(start: content, count: count))
    }

    /// The element children in document order.
    public var elements: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(pointer: node, document: document)) }
            child = node.pointee.next
        }
        return result
    }

    /// The first element child with this local name.
    public func firstElement(named name: String) -> XMLNode? {
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, let childName = node.pointee.name,
               CStringComparison.equal(childName, name) {
                return XMLNode(pointer: node, document: document)
            }
            child = node.pointee.next
        }
        return nil
    }

    /// The text of a text node, or all descendant text of an element, concatenated.
    public var textContent: String {
        if pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE {
            guard let content = pointer.pointee.content else { return "" }
            return String(cString: content)
        }
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { qonun_xmlFree(content) }
        return String(cString: content)
    }

    /// The node and its descendants serialised as XML.
    public func serialized() -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document.pointer, pointer, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Sets (or adds) an attribute without namespace.
    public func setAttribute(_ name: String, value: String) {
        xmlSetProp(pointer, name, value)
    }
}

extension XMLNode: Equatable {
    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
}
