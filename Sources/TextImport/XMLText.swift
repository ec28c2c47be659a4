/// Appends text to an XML document being written, escaping only what XML requires.
///
/// The document is built as UTF-8 bytes and turned into a `String` once at the end, which is much faster than
/// appending to a `String` piece by piece.
struct XMLText {
    private var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The document written so far.
    var out: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends markup as is.
    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends character data, escaping `&`, `<`, `>` and `"`, and leaving out control characters that XML 1.0
    /// does not allow.
    mutating func text<S: StringProtocol>(_ text: S) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
        if appended == nil { Array(text.utf8).withUnsafeBufferPointer { append(escaping: $0) } }
    }

    private mutating func append(escaping source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for (index, byte) in source.enumerated() {
            let replacement: StaticString
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x09, 0x0A: continue
            case 0x00..<0x20: replacement = ""
            default: continue
            }
            if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index])) }
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            start = index + 1
        }
        if start < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...])) }
    }

    /// Appends ` name="value"`.
    mutating func attribute<S: StringProtocol>(_ name: String, _ value: S) {
        bytes.append(0x20)
        raw(name)
        bytes.append(0x3D)
        bytes.append(0x22)
        text(value)
        bytes.append(0x22)
    }

    /// Appends a newline and `depth` levels of indentation.
    mutating func newline(_ depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<depth {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }
}
