/// A work URI for an imported act, built from what the text says about itself, so that a folder of official
/// texts can be ingested without naming every work by hand.
extension ImportedAct {
    /// `/akn/uz/act/{date}/{number}` from the signature; for codes and the Constitution, whose pages carry no
    /// signature, the entry-into-force date and the title (`/akn/uz/act/1997-03-01/fuqarolik-kodeksi`).
    /// nil when the text gives no date.
    public var suggestedWorkURI: String? {
        if let date = signature?.date ?? adoptionDates.first, let number = signature?.number,
           let slug = ImportedAct.slug(number) {
            return "/akn/uz/act/\(date)/\(slug)"
        }
        guard let date = entryIntoForce ?? adoptionDates.first ?? signature?.date else { return nil }
        let words = title.split(whereSeparator: { $0 == " " }).map(String.init).filter { word in
            let folded = ImportedAct.slug(word) ?? ""
            return !folded.hasPrefix("ozbekiston") && !folded.hasPrefix("o-zbekiston") && !folded.hasPrefix("respublika")
                && !folded.hasPrefix("uzbekistan") && !folded.hasPrefix("respubliki") && !folded.hasPrefix("republic")
        }
        guard let slug = ImportedAct.slug(words.prefix(5).joined(separator: " ")) else { return nil }
        return "/akn/uz/act/\(date)/\(slug)"
    }

    /// "OʻRQ-547" → "orq-547", "ЎРҚ-547" → "orq-547": lowercase ASCII letters, digits and hyphens.
    static func slug(_ number: String) -> String? {
        var result = ""
        for scalar in number.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: result.unicodeScalars.append(scalar)
            case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(value + 0x20) ?? scalar)
            case 0x2D, 0x2F, 0x20: if !result.hasSuffix("-") && !result.isEmpty { result += "-" }
            case 0x02BB, 0x02BC, 0x2018, 0x2019, 0x27: continue
            default:
                if let latin = cyrillic[value] ?? cyrillic[value + 0x20] { result += latin }
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    private static let cyrillic: [UInt32: String] = [
        0x0430: "a", 0x0431: "b", 0x0432: "v", 0x0433: "g", 0x0434: "d", 0x0435: "e", 0x0436: "j", 0x0437: "z",
        0x0438: "i", 0x0439: "y", 0x043A: "k", 0x043B: "l", 0x043C: "m", 0x043D: "n", 0x043E: "o", 0x043F: "p",
        0x0440: "r", 0x0441: "s", 0x0442: "t", 0x0443: "u", 0x0444: "f", 0x0445: "x", 0x0446: "ts", 0x0447: "ch",
        0x0448: "sh", 0x044D: "e", 0x044E: "yu", 0x044F: "ya", 0x045E: "o", 0x049B: "q", 0x0493: "g", 0x04B3: "h",
        0x047F: "o", 0x049A: "q", 0x0492: "g", 0x04B2: "h", 0x040E: "o",
    ]
}
