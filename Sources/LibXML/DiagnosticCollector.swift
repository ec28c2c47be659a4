internal import CLibXML2

/// Gathers libxml2's structured errors for one operation; passed to libxml2 as an opaque context pointer.
final class DiagnosticCollector {
    var diagnostics: [XMLDiagnostic] = []
    /// Set by the parser hooks when the input does something the safe parser refuses.
    var hostileReason: (line: Int, reason: String)?
    var depth = 0
    var maxDepth = 0

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> DiagnosticCollector? {
        guard let pointer else { return nil }
        return Unmanaged<DiagnosticCollector>.fromOpaque(pointer).takeUnretainedValue()
    }

    func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee
        let message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let level: XMLDiagnostic.Level
        switch raw.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        var line = Int(raw.line)
        // Schema validation errors carry the node rather than a line; libxml2 knows the node's line.
        if line <= 0, let node = raw.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        diagnostics.append(XMLDiagnostic(
            line: max(line, 0),
            message: message.trimmingTrailingWhitespace(),
            level: level,
            code: Int(raw.code)
        ))
    }
}

/// The structured error callback handed to libxml2; `context` is a `DiagnosticCollector`.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let collector = DiagnosticCollector.from(context), let error else { return }
    collector.record(error)
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
