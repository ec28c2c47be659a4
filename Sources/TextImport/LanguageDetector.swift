/// Tells Uzbek (Latin or Cyrillic), Russian and English apart by letters that only one of them uses often.
enum LanguageDetector {
    /// The language and script of a sample of the act's lines (about the first 32 KB are read).
    static func detect<C: Collection>(_ lines: C) -> (ActLanguage, Script?) where C.Element == SourceLine {
        var latin = 0
        var cyrillic = 0
        var uzbekCyrillic = 0   // ў қ ғ ҳ
        var russian = 0         // ы щ
        var uzbekLatin = 0      // q, and oʻ/gʻ with any apostrophe
        var english = 0         // w, and "th"
        var read = 0
        for line in lines {
            var previous: Unicode.Scalar = " "
            for scalar in line.text.unicodeScalars {
                let value = scalar.value
                if (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) {
                    latin += 1
                    switch scalar {
                    case "q", "Q": uzbekLatin += 1
                    case "w", "W": english += 1
                    case "h", "H": if previous == "t" || previous == "T" { english += 1 }
                    default: break
                    }
                } else if TextFolding.isCyrillic(scalar) {
                    cyrillic += 1
                    switch value {
                    case 0x045E, 0x040E, 0x049B, 0x049A, 0x0493, 0x0492, 0x04B3, 0x04B2: uzbekCyrillic += 1
                    case 0x044B, 0x042B, 0x0449, 0x0429: russian += 1
                    default: break
                    }
                } else if TextFolding.isApostrophe(scalar), "oOgG".unicodeScalars.contains(previous) {
                    uzbekLatin += 1
                }
                previous = scalar
            }
            read += line.text.utf8.count
            if read > 32_768 { break }
        }
        if cyrillic > latin {
            return uzbekCyrillic >= russian ? (.uzb, .cyrl) : (.rus, .cyrl)
        }
        if latin == 0 { return (.uzb, nil) }
        return uzbekLatin >= english ? (.uzb, .latn) : (.eng, .latn)
    }
}
