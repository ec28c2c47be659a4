internal import CLibXML2

/// A compiled W3C XML Schema (XSD). Load it once and validate any number of documents, from any thread.
public final class XMLSchema: @unchecked Sendable {
    // Unchecked Sendable: libxml2 only reads a compiled schema during validation; every validation
    // gets its own validation context.
    private let pointer: xmlSchemaPtr
    /// Where the schema was loaded from.
    public let path: String

    /// Loads and compiles the schema at `path` (with its imports, resolved relative to it).
    public init(path: String) throws(XMLError) {
        LibXMLRuntime.prepareThread()
        self.path = path
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw .unreadable(source: path, reason: "libxml2 could not open the schema")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = DiagnosticCollector()
        xmlSchemaSetParserStructuredErrors(parser, collectStructuredError, collector.opaque)
        xmlSetStructuredErrorFunc(collector.opaque, collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let schema = xmlSchemaParse(parser) else {
            throw .unusable(source: path, diagnostics: collector.diagnostics)
        }
        pointer = schema
    }

    deinit { xmlSchemaFree(pointer) }

    /// Validates a document; an empty result means it is valid.
    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        LibXMLRuntime.prepareThread()
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLDiagnostic(line: 0, message: "libxml2 could not create a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = DiagnosticCollector()
        xmlSchemaSetValidStructuredErrors(context, collectStructuredError, collector.opaque)
        let result = xmlSchemaValidateDoc(context, document.pointer)
        let errors = collector.diagnostics.filter { $0.level != .warning }
        if result != 0 && errors.isEmpty {
            return [XMLDiagnostic(line: 0, message: "the document is not valid against \(path) (libxml2 code \(result))")]
        }
        return errors
    }
}
