import Foundation
internal import CLibXML2
internal import CQonunMemory

/// Runs libxml2's parser with the options and hooks that make untrusted input safe.
struct XMLSafeParser {
    let limits: XMLParseLimits

    /// No network, no blank-node games, big line numbers, no printing; deliberately *without*
    /// XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR and XML_PARSE_HUGE.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
    )

    /// The parsed tree, and the arena slot that holds it (nil: allocated by the C library), which the caller
    /// releases after freeing the tree (see `XMLDocument`).
    func parse(_ data: Data, source: String) throws(XMLError) -> (document: xmlDocPtr, warnings: [XMLDiagnostic], arena: XMLArena?) {
        if data.count > limits.maxBytes {
            throw .tooLarge(source: source, size: data.count, limit: limits.maxBytes)
        }
        if data.isEmpty {
            throw .notWellFormed(source: source, diagnostics: [XMLDiagnostic(line: 1, message: "the input is empty")])
        }
        LibXMLRuntime.prepareThread()
        let arena = XMLArena.acquire()
        // Everything libxml2 allocates from here to the end of the parse (the context, the input's copy, the tree)
        // goes to the arena; the context is freed (a no-op there) before the slot can be released.
        let previous = qonun_arena_activate(arena?.slot ?? -1)
        guard let context = xmlNewParserCtxt() else {
            _ = qonun_arena_activate(previous)
            arena?.release(tree: nil)
            throw .unusable(source: source, diagnostics: [XMLDiagnostic(line: 0, message: "libxml2 is out of memory")])
        }
        let collector = DiagnosticCollector()
        collector.maxDepth = limits.maxDepth
        context.pointee._private = collector.opaque
        if let sax = context.pointee.sax {
            sax.pointee.entityDecl = refuseEntityDeclaration
            sax.pointee.startElementNs = startElementCountingDepth
            sax.pointee.endElementNs = endElementCountingDepth
            sax.pointee.serror = collectParserError
        }
        xmlSetStructuredErrorFunc(collector.opaque, collectStructuredError)
        let document: xmlDocPtr? = data.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: CChar.self).baseAddress
            return xmlCtxtReadMemory(context, base, Int32(raw.count), source, nil, XMLSafeParser.options)
        }
        xmlSetStructuredErrorFunc(nil, nil)
        _ = qonun_arena_activate(previous)
        let wellFormed = context.pointee.wellFormed != 0
        xmlFreeParserCtxt(context)

        if let hostile = collector.hostileReason {
            XMLDocument.free(document, arena: arena)
            throw .hostile(source: source, line: hostile.line, reason: hostile.reason)
        }
        let problems = collector.diagnostics.filter { $0.level != .warning }
        guard let document, wellFormed, problems.isEmpty else {
            XMLDocument.free(document, arena: arena)
            throw .notWellFormed(source: source, diagnostics: XMLSafeParser.explain(collector.diagnostics))
        }
        return (document, collector.diagnostics, arena)
    }

    /// Rewords libxml2's least helpful messages into what a person needs to know.
    static func explain(_ diagnostics: [XMLDiagnostic]) -> [XMLDiagnostic] {
        if diagnostics.isEmpty { return [XMLDiagnostic(line: 0, message: "libxml2 rejected the document without a reason")] }
        return diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.code == Int(XML_ERR_INVALID_CHAR.rawValue) || diagnostic.code == Int(XML_ERR_INVALID_ENCODING.rawValue)
                || diagnostic.message.contains("not proper UTF-8") {
                diagnostic.message = "invalid UTF-8 or a character not allowed in XML (\(diagnostic.message))"
            }
            return diagnostic
        }
    }
}

private func collector(of context: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, DiagnosticCollector)? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = DiagnosticCollector.from(parser.pointee._private) else { return nil }
    return (parser, collector)
}

/// Any entity declaration stops the parse: Akoma Ntoso never needs one, and they carry XXE and bombs.
private let refuseEntityDeclaration: entityDeclSAXFunc = { context, name, type, publicId, systemId, _ in
    guard let (parser, collector) = collector(of: context) else { return }
    let entity = name.map { String(cString: $0) } ?? "?"
    let line = Int(xmlSAX2GetLineNumber(context))
    if systemId != nil || publicId != nil {
        let target = systemId.map { String(cString: $0) } ?? publicId.map { String(cString: $0) } ?? ""
        collector.hostileReason = (line, "it declares the external entity '\(entity)' (\(target)); external entities are never loaded")
    } else {
        collector.hostileReason = (line, "it declares the entity '\(entity)'; entity declarations are refused (they enable expansion bombs)")
    }
    xmlStopParser(parser)
}

private let startElementCountingDepth: startElementNsSAX2Func = {
    context, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
    guard let (parser, collector) = collector(of: context) else { return }
    if collector.hostileReason != nil { return }
    collector.depth += 1
    if collector.depth > collector.maxDepth {
        collector.hostileReason = (Int(xmlSAX2GetLineNumber(context)),
                                   "elements nest deeper than \(collector.maxDepth) levels")
        xmlStopParser(parser)
        return
    }
    xmlSAX2StartElementNs(context, localname, prefix, uri, namespaceCount, namespaces,
                          attributeCount, defaultedCount, attributes)
}

private let endElementCountingDepth: endElementNsSAX2Func = { context, localname, prefix, uri in
    guard let (_, collector) = collector(of: context) else { return }
    if collector.hostileReason != nil { return }
    collector.depth -= 1
    xmlSAX2EndElementNs(context, localname, prefix, uri)
}

private let collectParserError: xmlStructuredErrorFunc = { context, error in
    guard let error, let (_, collector) = collector(of: context) else { return }
    collector.record(error)
}
