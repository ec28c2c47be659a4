/// Builds the small XML views the stylesheets transform, escaping every value.
struct XMLBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// Opens an element; nil attribute values are left out.
    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        text += "<" + name + XMLBuilder.attributes(attributes) + ">"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        guard let name = open.popLast() else { return }
        text += "</" + name + ">\n"
    }

    /// An element with attributes and optional text content.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String? = nil) {
        if let content {
            text += "<" + name + XMLBuilder.attributes(attributes) + ">" + XMLBuilder.escape(content) + "</" + name + ">\n"
        } else {
            text += "<" + name + XMLBuilder.attributes(attributes) + "/>\n"
        }
    }

    /// The finished document as UTF-8.
    var data: [UInt8] { Array(text.utf8) }

    static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        var result = ""
        for (name, value) in attributes {
            guard let value else { continue }
            result += " " + name + "=\"" + escape(value) + "\""
        }
        return result
    }

    /// Escapes markup characters and drops characters XML 1.0 does not allow.
    static func escape(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\t", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
