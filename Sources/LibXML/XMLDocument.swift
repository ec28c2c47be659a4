public import Foundation
internal import CLibXML2

/// A parsed XML document: owns libxml2's tree and frees it when the last reference goes.
///
/// Parsing is safe for untrusted input: no network, no DTD loading, no entity substitution, any entity
/// declaration refused (XXE and expansion bombs), nesting and size bounded, and libxml2's messages
/// collected instead of printed.
public final class XMLDocument: @unchecked Sendable {
    // Unchecked Sendable: the tree is only read after parsing; mutation goes through `XMLDocument` methods
    // that callers must not run concurrently with reads, which is how every module here uses it.
    let pointer: xmlDocPtr
    /// The name of the input (a path, a URI, or what the caller passed), used in messages.
    public let source: String
    /// Warnings libxml2 gave while parsing a document that is still well-formed.
    public let warnings: [XMLDiagnostic]

    /// The parse arena holding the tree, if it was parsed into one.
    let arena: XMLArena?

    init(pointer: xmlDocPtr, source: String, warnings: [XMLDiagnostic] = [], arena: XMLArena? = nil) {
        self.pointer = pointer
        self.source = source
        self.warnings = warnings
        self.arena = arena
    }

    deinit { XMLDocument.free(pointer, arena: arena) }

    /// Frees a tree and gives back the arena slot it was parsed into.
    static func free(_ tree: xmlDocPtr?, arena: XMLArena?) {
        if let arena {
            arena.release(tree: tree)
        } else if let tree {
            xmlFreeDoc(tree)
        }
    }

    /// Parses a document from bytes.
    /// - Parameters:
    ///   - data: the XML bytes, UTF-8 unless the XML declaration says otherwise.
    ///   - name: how messages refer to this input.
    ///   - limits: size and depth bounds.
    public convenience init(data: Data, name: String = "input", limits: XMLParseLimits = .default) throws(XMLError) {
        let parsed = try XMLSafeParser(limits: limits).parse(data, source: name)
        self.init(pointer: parsed.document, source: name, warnings: parsed.warnings, arena: parsed.arena)
    }

    /// Reads and parses a file, refusing it before reading when it is over the size limit.
    public convenience init(path: String, limits: XMLParseLimits = .default) throws(XMLError) {
        let data = try XMLDocument.read(path: path, limit: limits.maxBytes)
        try self.init(data: data, name: path, limits: limits)
    }

    /// Reads a whole file, checking its size first so an oversized file is never loaded.
    static func read(path: String, limit: Int) throws(XMLError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(source: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(source: path, reason: "it is a folder") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limit { throw .tooLarge(source: path, size: size, limit: limit) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(source: path, reason: error.localizedDescription)
        }
    }

    /// The root element, if the document has one.
    public var root: XMLNode? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLNode(pointer: node, document: self)
    }

    /// The document serialised as UTF-8 bytes, with an XML declaration.
    public func serialized() -> Data {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &buffer, &size, "UTF-8")
        guard let buffer else { return Data() }
        defer { qonun_xmlFree(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }
}
