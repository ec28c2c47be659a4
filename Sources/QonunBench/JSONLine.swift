import Foundation

/// A flat JSON object written with its keys in the order given (so that scripts can read it with `sed`).
struct JSONLine {
    private var members: [String] = []

    /// Adds a number, rounded to `decimals` places.
    mutating func add(_ key: String, _ value: Double, decimals: Int = 3) {
        members.append("\"\(key)\":" + String(format: "%.\(decimals)f", value))
    }

    /// Adds an integer.
    mutating func add(_ key: String, _ value: Int) {
        members.append("\"\(key)\":\(value)")
    }

    /// Adds a string.
    mutating func add(_ key: String, _ value: String) {
        members.append("\"\(key)\":" + JSONLine.quoted(value))
    }

    /// Adds an already encoded JSON value (an array, an object).
    mutating func add(_ key: String, raw: String) {
        members.append("\"\(key)\":" + raw)
    }

    /// The object on one line.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    /// A JSON string literal.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
