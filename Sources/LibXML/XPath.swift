internal import CLibXML2

extension XMLDocument {
    /// Evaluates an XPath 1.0 expression that selects nodes.
    /// - Parameters:
    ///   - expression: the XPath, with prefixes from `namespaces`.
    ///   - namespaces: prefix → namespace URI bindings.
    ///   - node: the context node; the document when nil.
    public func select(_ expression: String, namespaces: [String: String] = [:], from node: XMLNode? = nil) throws(XMLError) -> [XMLNode] {
        try evaluate(expression, namespaces: namespaces, from: node) { object in
            guard let set = object.pointee.nodesetval else { return [] }
            let count = Int(set.pointee.nodeNr)
            var result: [XMLNode] = []
            result.reserveCapacity(count)
            for index in 0..<count {
                if let item = set.pointee.nodeTab[index] { result.append(XMLNode(pointer: item, document: self)) }
            }
            return result
        }
    }

    /// Evaluates an XPath 1.0 expression and returns its string value (`string(...)`, `count(...)`, ...).
    public func string(_ expression: String, namespaces: [String: String] = [:], from node: XMLNode? = nil) throws(XMLError) -> String {
        try evaluate(expression, namespaces: namespaces, from: node) { object in
            guard let value = xmlXPathCastToString(object) else { return "" }
            defer { qonun_xmlFree(value) }
            return String(cString: value)
        }
    }

    private func evaluate<T>(_ expression: String, namespaces: [String: String], from node: XMLNode?,
                             _ read: (xmlXPathObjectPtr) -> T) throws(XMLError) -> T {
        LibXMLRuntime.prepareThread()
        guard let context = xmlXPathNewContext(pointer) else {
            throw .xpath(expression: expression, reason: "out of memory")
        }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(context, prefix, uri) }
        if let node { context.pointee.node = node.pointer }
        let collector = DiagnosticCollector()
        xmlSetStructuredErrorFunc(collector.opaque, collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let object = xmlXPathEvalExpression(expression, context) else {
            throw .xpath(expression: expression, reason: collector.diagnostics.first?.message ?? "invalid expression")
        }
        defer { xmlXPathFreeObject(object) }
        return read(object)
    }
}
