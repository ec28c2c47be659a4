internal import CLibXML2

/// Compares libxml2's zero-terminated strings with Swift strings without making a String of them.
enum CStringComparison {
    /// True when the C string holds exactly the UTF-8 of `string`.
    static func equal(_ bytes: UnsafePointer<xmlChar>, _ string: String) -> Bool {
        var index = 0
        for byte in string.utf8 {
            // A zero in the Swift string would otherwise let the loop read past the C string's end.
            if byte == 0 || bytes[index] != byte { return false }
            index += 1
        }
        return bytes[index] == 0
    }
}
