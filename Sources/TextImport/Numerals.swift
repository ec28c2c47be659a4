/// Reads the numerals of headings: Arabic digits, superscript digits, Roman numerals and ordinal words.
enum Numerals {
    /// The value of a superscript digit (¹ ² ³ ⁰ ⁴…⁹), or `nil`.
    static func superscriptValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x00B9: return 1
        case 0x00B2: return 2
        case 0x00B3: return 3
        case 0x2070: return 0
        case 0x2074...0x2079: return Int(scalar.value - 0x2070)
        default: return nil
        }
    }

    /// The value of an uppercase Roman numeral such as `XXVII`, or `nil` when the text is not one.
    static func roman<S: StringProtocol>(_ text: S) -> Int? {
        var total = 0
        var previous = 0
        var count = 0
        for scalar in text.unicodeScalars.reversed() {
            let value: Int
            switch scalar {
            case "I": value = 1
            case "V": value = 5
            case "X", "Х": value = 10
            case "L": value = 50
            case "C", "С": value = 100
            case "D": value = 500
            case "M": value = 1000
            default: return nil
            }
            count += 1
            if value < previous { total -= value } else { total += value; previous = value }
        }
        return count > 0 && count <= 12 && total > 0 ? total : nil
    }

    /// Ordinal and cardinal number words of Uzbek (both scripts), Russian and English, folded with
    /// `TextFolding.key`.
    private static let words: [String: Int] = {
        var table: [String: Int] = [:]
        let uzbekLatin = ["birinchi", "ikkinchi", "uchinchi", "to'rtinchi", "beshinchi", "oltinchi", "yettinchi",
                          "sakkizinchi", "to'qqizinchi", "o'ninchi"]
        let uzbekCyrillic = ["биринчи", "иккинчи", "учинчи", "тўртинчи", "бешинчи", "олтинчи", "еттинчи",
                             "саккизинчи", "тўққизинчи", "ўнинчи"]
        let english = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen"]
        let englishOrdinal = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                              "tenth"]
        for (offset, word) in uzbekLatin.enumerated() { table[word] = offset + 1 }
        for (offset, word) in uzbekCyrillic.enumerated() { table[word] = offset + 1 }
        for (offset, word) in english.enumerated() { table[word] = offset + 1 }
        for (offset, word) in englishOrdinal.enumerated() { table[word] = offset + 1 }
        return table
    }()

    /// Russian ordinal stems: "первая", "первый" and "первое" all start with "перв".
    private static let russianStems: [(String, Int)] = [
        ("перв", 1), ("втор", 2), ("трет", 3), ("четв", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8),
        ("девят", 9), ("десят", 10),
    ]

    /// The value of a folded number word ("birinchi", "первая", "one"), or `nil`.
    static func word(_ folded: String) -> Int? {
        if let value = words[folded] { return value }
        if let first = folded.unicodeScalars.first, TextFolding.isCyrillic(first) {
            for (stem, value) in russianStems where folded.hasPrefix(stem) && folded.count <= stem.count + 3 {
                return value
            }
        }
        return nil
    }
}
