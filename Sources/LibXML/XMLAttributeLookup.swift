internal import CLibXML2

/// Reads an attribute's value straight from the element's attribute list. `xmlGetNoNsProp` and
/// `xmlGetNsProp` return a malloc'd copy that then becomes a String (two copies and a free per attribute);
/// in the common case the value is the content of the attribute's single text child, which is read
/// directly. Everything else is left to libxml2 so the answers stay the same.
struct XMLAttributeLookup {
    /// What the direct read found.
    enum Value {
        /// The attribute has this value.
        case found(String)
        /// The element has no such attribute, and no DTD could supply a default.
        case absent
        /// The value needs libxml2 (entity references, several children, a DTD default): ask it.
        case ask
    }

    let value: Value

    init(element: xmlNodePtr, name: String, namespace: String?) {
        switch XMLAttributeLookup.text(of: element, name: name, namespace: namespace) {
        case .text(let content): value = .found(String(cString: content))
        case .absent: value = .absent
        case .ask: value = .ask
        }
    }

    /// Where an attribute's value is, without copying it.
    enum Text {
        /// libxml2's zero-terminated bytes of the value (alive as long as the document).
        case text(UnsafePointer<xmlChar>)
        /// The element has no such attribute, and no DTD could supply a default.
        case absent
        /// The value needs libxml2 (entity references, several children, a DTD default).
        case ask
    }

    /// The bytes of the attribute's value when it is a single text child.
    static func text(of element: xmlNodePtr, name: String, namespace: String?) -> Text {
        // libxml2 answers nil for anything but an element (and, in compact mode, a text node's
        // `properties` field holds its text, not attributes).
        guard element.pointee.type == XML_ELEMENT_NODE else { return .absent }
        var property = element.pointee.properties
        while let attribute = property {
            if matches(attribute, name: name, namespace: namespace) {
                // libxml2's own fast path copies the content of a single text (or CDATA) child.
                guard let child = attribute.pointee.children, child.pointee.next == nil,
                      child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE,
                      let content = child.pointee.content else { return .ask }
                return .text(content)
            }
            property = attribute.pointee.next
        }
        // libxml2 also looks for a default value declared in the document's DTD.
        if let document = element.pointee.doc, document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            return .ask
        }
        return .absent
    }

    private static func matches(_ attribute: xmlAttrPtr, name: String, namespace: String?) -> Bool {
        guard let attributeName = attribute.pointee.name, CStringComparison.equal(attributeName, name) else { return false }
        guard let namespace else { return attribute.pointee.ns == nil }
        guard let ns = attribute.pointee.ns, let href = ns.pointee.href else { return false }
        return CStringComparison.equal(href, namespace)
    }
}
