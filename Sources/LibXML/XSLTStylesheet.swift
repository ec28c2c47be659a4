public import Foundation
internal import CLibXML2

/// A compiled XSLT 1.0 stylesheet (with EXSLT). Compile once, then transform any number of documents from
/// any number of threads: each transformation gets its own context.
///
/// Stylesheets run with libxslt's security preferences: no writing files, no creating folders, no network;
/// reading files (`document()`) only below the folders given as `readableRoots`.
public final class XSLTStylesheet: @unchecked Sendable {
    // Unchecked Sendable: libxslt only reads a compiled stylesheet during transformations, and the security
    // preferences are set once before any transformation.
    private let pointer: xsltStylesheetPtr
    private let security: xsltSecurityPrefsPtr
    private let access: ReadAccess
    /// Documents of the stylesheet's own folder that it reads with `document()` (interface strings), parsed once.
    private let resources: StylesheetResources
    /// Where the stylesheet was loaded from.
    public let path: String

    /// Compiles the stylesheet at `path` (its imports and includes are resolved relative to it).
    /// - Parameter readableRoots: folders whose files `document()` may read; the stylesheet's own folder is always readable.
    public init(path: String, readableRoots: [String] = []) throws(XMLError) {
        LibXMLRuntime.prepareThread()
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable(source: path, reason: "no such file") }
        let collector = DiagnosticCollector()
        xmlSetStructuredErrorFunc(collector.opaque, collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let messages = XSLTMessages()
        defer { messages.stop() }
        guard let compiled = xsltParseStylesheetFile(path), compiled.pointee.errors == 0 else {
            let message = messages.text
            throw .unusable(source: path, diagnostics: collector.diagnostics + (message.isEmpty ? [] : [XMLDiagnostic(line: 0, message: message)]))
        }
        pointer = compiled
        let folder = (path as NSString).deletingLastPathComponent
        access = ReadAccess(roots: ([folder.isEmpty ? "." : folder] + readableRoots).map(ReadAccess.canonical))
        resources = StylesheetResources(folder: ReadAccess.canonical(folder.isEmpty ? "." : folder))
        guard let prefs = xsltNewSecurityPrefs() else {
            xsltFreeStylesheet(compiled)
            throw .unusable(source: path, diagnostics: [XMLDiagnostic(line: 0, message: "libxslt is out of memory")])
        }
        security = prefs
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid)
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid)
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid)
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid)
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, checkReadAccess)
    }

    deinit {
        xsltFreeStylesheet(pointer)
        xsltFreeSecurityPrefs(security)
    }

    /// Transforms a document; `parameters` are passed as strings (quoted for XPath by libxslt).
    /// - Returns: the serialised result, as the stylesheet's `xsl:output` says.
    public func transform(_ document: XMLDocument, parameters: [String: String] = [:]) throws(XMLError) -> Data {
        LibXMLRuntime.prepareThread()
        guard let context = xsltNewTransformContext(pointer, document.pointer) else {
            throw .unusable(source: path, diagnostics: [XMLDiagnostic(line: 0, message: "libxslt could not create a transformation")])
        }
        defer { xsltFreeTransformContext(context) }
        xsltSetCtxtSecurityPrefs(security, context)
        context.pointee._private = Unmanaged.passUnretained(access).toOpaque()
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
            xsltQuoteOneUserParam(context, name, value)
        }
        resources.register(in: context)
        defer { resources.keep(from: context) }
        let collector = DiagnosticCollector()
        xmlSetStructuredErrorFunc(collector.opaque, collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let collected = XSLTMessages()
        defer { collected.stop() }
        let result = xsltApplyStylesheetUser(pointer, document.pointer, nil, nil, nil, context)
        defer { if let result { xmlFreeDoc(result) } }
        let messages = collected.text
        guard let result, context.pointee.state != XSLT_STATE_ERROR, context.pointee.state != XSLT_STATE_STOPPED else {
            var diagnostics = collector.diagnostics.filter { $0.level != .warning }
            if !messages.isEmpty { diagnostics.append(XMLDiagnostic(line: 0, message: messages)) }
            if diagnostics.isEmpty { diagnostics.append(XMLDiagnostic(line: 0, message: "the transformation failed")) }
            throw .unusable(source: "\(path) on \(document.source)", diagnostics: diagnostics)
        }
        var buffer: UnsafeMutablePointer<xmlChar>?
        var length: Int32 = 0
        guard xsltSaveResultToString(&buffer, &length, result, pointer) == 0 else {
            throw .unusable(source: path, diagnostics: [XMLDiagnostic(line: 0, message: "the result could not be serialised")])
        }
        guard let buffer else { return Data() }
        defer { qonun_xmlFree(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }
}

/// The documents a stylesheet loads from its own folder with `document()` (strings.xml), kept parsed across
/// transformations. libxslt looks a URI up in the transformation's document list before it parses anything, so
/// each transformation starts with these documents in its list, marked as not its own (`main`), which keeps
/// libxslt from freeing them. A document is kept after libxslt has loaded it once (whitespace stripped and
/// nodes ordered, as it prepares every loaded document); from then on it is only read, from any thread.
final class StylesheetResources: @unchecked Sendable {
    // Unchecked Sendable: `documents` is guarded by `lock`; the documents themselves are never modified once kept.
    private let folder: String
    private var documents: [String: xmlDocPtr] = [:]
    private let lock = NSLock()

    init(folder: String) {
        self.folder = folder
    }

    deinit {
        for document in documents.values { xmlFreeDoc(document) }
    }

    func register(in context: xsltTransformContextPtr) {
        lock.lock()
        let kept = Array(documents.values)
        lock.unlock()
        for document in kept {
            xsltNewDocument(context, document)?.pointee.main = 1
        }
    }

    /// Takes over the documents of the stylesheet's folder that this transformation loaded.
    func keep(from context: xsltTransformContextPtr) {
        var entry = context.pointee.docList
        while let current = entry {
            entry = current.pointee.next
            guard current.pointee.main == 0, let document = current.pointee.doc, let url = document.pointee.URL else { continue }
            let location = String(cString: url)
            var path = location.hasPrefix("file://") ? String(location.dropFirst(7)) : location
            path = URL(fileURLWithPath: path.removingPercentEncoding ?? path).standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(folder) else { continue }
            lock.lock()
            if documents[location] == nil {
                documents[location] = document
                current.pointee.main = 1
            }
            lock.unlock()
        }
    }
}

/// libxslt's messages on this thread, collected into a buffer while alive.
final class XSLTMessages {
    private let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(QONUN_XSLT_ERROR_SIZE))

    init() { qonun_collectXSLTErrors(buffer) }

    var text: String { String(cString: buffer).trimmingTrailingWhitespace() }

    /// Stops collecting (libxslt must not keep a pointer to the freed buffer).
    func stop() { qonun_silenceGenericErrors() }

    deinit { buffer.deallocate() }
}

/// The folders a transformation may read from.
final class ReadAccess: Sendable {
    let roots: [String]

    init(roots: [String]) { self.roots = roots }

    static func canonical(_ path: String) -> String {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return standardized.hasSuffix("/") ? standardized : standardized + "/"
    }

    /// True for local files below one of the roots; URLs other than `file:` are never readable.
    func allows(_ location: String) -> Bool {
        var path = location
        if path.hasPrefix("file://") { path = String(path.dropFirst(7)) }
        else if path.contains("://") { return false }
        path = path.removingPercentEncoding ?? path
        let candidate = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return roots.contains { candidate.hasPrefix($0) }
    }
}

/// libxslt's read-file check: allowed only below the transformation's readable roots.
private let checkReadAccess: xsltSecurityCheck = { _, context, value in
    guard let context, let value, let raw = context.pointee._private else { return 0 }
    let access = Unmanaged<ReadAccess>.fromOpaque(raw).takeUnretainedValue()
    return access.allows(String(cString: value)) ? 1 : 0
}
