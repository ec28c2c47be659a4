/// An editorial note of the national database, written in brackets on its own line: an amendment note
/// ("(2-modda … 2021-yil 21-apreldagi OʻRQ-683-sonli Qonuni tahririda — …)") or a publication note
/// ("(Qonunchilik maʼlumotlari milliy bazasi, 16.04.2022-y., 03/22/764/0313-son)").
struct EditorialNote: Sendable {
    /// What a note says about the text.
    enum Role: Sendable, Equatable {
        /// An amending act changed, added or repealed a provision.
        case amendment(Amendment.Kind)
        /// Where the act was officially published.
        case publication
    }

    /// The provisions a note names at its start.
    enum Subject: Sendable, Equatable {
        /// Whole articles ("2-modda", "65 va 66-moddalar", "176 — 193-moddalar", "статья 9").
        case articles([NoteNumber])
        /// A part of one article ("8-moddaning ikkinchi qismi", "часть вторая статьи 8").
        case articlePart(NoteNumber)
        /// A chapter or its name ("1-bobning nomi").
        case chapter(NoteNumber)
        /// Something else, or nothing recognisable.
        case other
    }

    /// A provision number as a note writes it: digits (possibly a flattened "121" for 12¹) or 12¹.
    struct NoteNumber: Sendable, Equatable {
        var digits: String
        var sup: Int?
    }

    var role: Role
    var subject: Subject
    /// The amending act's number as written ("OʻRQ-683", "729-I", "ЗРУ-683").
    var actNumber: String?
    /// The amending act's date.
    var actDate: String?
    /// The kind of amending act: "law", "decree", "resolution" or "act".
    var actType: String

    private static let repealWords = ["kuchini yo'qot", "chiqarilgan", "chiqariladi", "chiqarilish", "чиқарилиш", "кучини йўқот", "чиқарилган",
                                      "утратил", "исключен", "repealed", "deleted", "excluded", "lost force"]
    private static let insertionWords = ["to'ldirilgan", "kiritilgan", "тўлдирилган", "киритилган", "дополнен", "введен",
                                         "включен", "inserted", "supplemented", "added"]
    private static let substitutionWords = ["tahririda", "таҳририда", "almashtirilgan", "алмаштирилган", "редакции",
                                            "заменен", "amended", "wording", "replaced"]
    private static let publicationWords = ["milliy bazasi", "axborotnomasi", "to'plami", "qht", "миллий базаси",
                                           "ахборотномаси", "тўплами", "национальная база", "собрание законодательства",
                                           "ведомости", "national database", "bulletin", "collection of legislation"]

    /// The note on this line, or `nil` when the line is ordinary text (even text in brackets, like "(soʻmda)").
    static func parse(_ line: Substring) -> EditorialNote? {
        guard line.utf8.first == 0x28, line.utf8.count > 12 else { return nil }
        var inner = line.dropFirst()
        while let last = inner.last, last == "." || last == ";" || last == "," { inner = inner.dropLast() }
        guard inner.last == ")" else { return nil }
        inner = inner.dropLast()
        let key = TextFolding.key(inner)
        let kind: Amendment.Kind?
        if ByteSearch.containsAny(key, repealWords) {
            kind = .repeal
        } else if ByteSearch.containsAny(key, insertionWords) {
            kind = .insertion
        } else if ByteSearch.containsAny(key, substitutionWords) {
            kind = .substitution
        } else {
            kind = nil
        }
        if let kind, let date = LegalDate.first(in: inner) {
            let number = actNumber(in: inner, after: date.range.upperBound)
            return EditorialNote(role: .amendment(kind), subject: subject(key), actNumber: number, actDate: date.iso,
                                 actType: actType(key))
        }
        guard ByteSearch.containsAny(key, publicationWords) else { return nil }
        return EditorialNote(role: .publication, subject: .other, actNumber: nil, actDate: nil, actType: "act")
    }

    /// The amending act's number: the token before "-son"/"-сон" after the date, or the token after "№"/"No."
    /// near the date ("… от 10 мая 2022 года № ЗРУ-770 —", "Law No. ZRU-790 of 12 July 2022 —").
    private static func actNumber(in text: Substring, after dateEnd: String.Index) -> String? {
        let tail = text[dateEnd...]
        let cut = ByteSearch.firstRange(of: " — ", in: tail)?.lowerBound ?? text.endIndex
        let rest = text[dateEnd..<cut]
        // "OʻRQ-683-sonli", and the occasional "OʻRQ-255 sonli".
        for marker in ["-sonli", "-son", "-сонли", "-сон", " sonli", " сонли"] {
            if let range = ByteSearch.firstRange(of: marker, in: rest) {
                let before = rest[..<range.lowerBound]
                let token = before.split(separator: " ").last.map(String.init) ?? ""
                if !token.isEmpty && token.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
                    return token
                }
            }
        }
        let head = text[..<cut]
        for marker in ["№ ", "№", "No. ", "No "] {
            if let range = ByteSearch.firstRange(of: marker, in: head) {
                let token = head[range.upperBound...].split(separator: " ").first.map(String.init) ?? ""
                let trimmed = token.trimmingTrailingPunctuation()
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    private static func actType(_ key: String) -> String {
        if ByteSearch.contains(key, "farmon") || ByteSearch.contains(key, "фармон") || ByteSearch.contains(key, "указ") || ByteSearch.contains(key, "decree") {
            return "decree"
        }
        if ByteSearch.contains(key, "qaror") || ByteSearch.contains(key, "қарор") || ByteSearch.contains(key, "постановлени") || ByteSearch.contains(key, "resolution") {
            return "resolution"
        }
        if ByteSearch.contains(key, "qonun") || ByteSearch.contains(key, "қонун") || ByteSearch.contains(key, "закон") || ByteSearch.contains(key, "law") {
            return "law"
        }
        return "act"
    }

    /// Reads the provisions named at the start of a folded note ("2-modda", "65 va 66-moddalar",
    /// "176 — 193-moddalar", "статьи 176 — 193", "articles 5 and 6"), or a repeal date note
    /// ("… asosan 63-moddaning oʻz kuchini yoʻqotish sanasi").
    static func subject(_ key: String) -> Subject {
        let scalars = Array(key.unicodeScalars)
        var position = 0
        for prefix in ["статьи ", "статья ", "articles ", "article "] where key.hasPrefix(prefix) {
            position = prefix.unicodeScalars.count
            let (numbers, _) = numberList(scalars, from: position)
            return numbers.isEmpty ? .other : .articles(numbers)
        }
        let (numbers, end) = numberList(scalars, from: 0)
        if !numbers.isEmpty, end < scalars.count, scalars[end] == "-" {
            var wordEnd = end + 1
            while wordEnd < scalars.count, TextFolding.isLetter(scalars[wordEnd]) { wordEnd += 1 }
            let word = String(String.UnicodeScalarView(scalars[(end + 1)..<wordEnd]))
            switch word {
            case "modda", "moddalar", "модда", "моддалар":
                return namesPart(scalars, from: wordEnd) ? .articlePart(numbers[0]) : .articles(numbers)
            case "moddaning", "модданинг": return .articlePart(numbers[0])
            case "bob", "bobning", "боб", "бобнинг": return .chapter(numbers[0])
            default: return .other
            }
        }
        if let range = ByteSearch.firstRange(of: "-moddaning o'z kuchini yo'qot", in: key) ?? ByteSearch.firstRange(of: "-модданинг ўз кучини йўқот", in: key) {
            var start = range.lowerBound
            var digits = ""
            while start > key.startIndex {
                let previous = key.index(before: start)
                guard let value = key[previous].wholeNumberValue, key[previous].isASCII else { break }
                digits = String(value) + digits
                start = previous
            }
            if !digits.isEmpty { return .articles([NoteNumber(digits: digits, sup: nil)]) }
        }
        if let range = ByteSearch.firstRange(of: "статьи ", in: key) {
            let after = Array(key[range.upperBound...].unicodeScalars)
            let (numbers, _) = numberList(after, from: 0)
            if let first = numbers.first { return .articlePart(first) }
        }
        return .other
    }

    /// Whether words such as "ikkinchi qismining" follow "8-modda", naming a part of the article rather than
    /// the whole article (which is followed directly by the amending act: "2-modda Oʻzbekiston …").
    private static func namesPart(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var position = start
        while position < scalars.count, scalars[position] == " " { position += 1 }
        var end = position
        while end < scalars.count, scalars[end] != " " { end += 1 }
        guard end > position else { return false }
        let word = String(String.UnicodeScalarView(scalars[position..<end]))
        if let first = word.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39 { return false }
        return !["o'zbekiston", "ўзбекистон", "va", "ва", "(", "—"].contains(where: { word.hasPrefix($0) })
    }

    /// Numbers separated by "va", "и", "and", commas and dashes; a dash makes a range, returned as its two ends
    /// with a `nil`-digits marker between them.
    private static func numberList(_ scalars: [Unicode.Scalar], from start: Int) -> ([NoteNumber], Int) {
        var numbers: [NoteNumber] = []
        var position = start
        var pendingRange = false
        while position < scalars.count {
            var end = position
            while end < scalars.count, scalars[end].value >= 0x30 && scalars[end].value <= 0x39 { end += 1 }
            guard end > position else { break }
            let digits = String(String.UnicodeScalarView(scalars[position..<end]))
            var sup: Int?
            while end < scalars.count, let value = Numerals.superscriptValue(scalars[end]) {
                sup = (sup ?? 0) * 10 + value
                end += 1
            }
            if pendingRange { numbers.append(NoteNumber(digits: "", sup: nil)) }
            numbers.append(NoteNumber(digits: digits, sup: sup))
            pendingRange = false
            position = end
            let separators: [(String, Bool)] = [(" va ", false), (", ", false), (" и ", false), (" and ", false),
                                                (" — ", true), (" – ", true), ("—", true), ("–", true), (" - ", true)]
            var matched = false
            for (separator, isRange) in separators {
                let separatorScalars = Array(separator.unicodeScalars)
                if position + separatorScalars.count < scalars.count,
                   Array(scalars[position..<(position + separatorScalars.count)]) == separatorScalars {
                    let next = position + separatorScalars.count
                    guard scalars[next].value >= 0x30 && scalars[next].value <= 0x39 else { continue }
                    position = next
                    pendingRange = isRange
                    matched = true
                    break
                }
            }
            if !matched { break }
        }
        return (numbers, position)
    }
}

extension String {
    func trimmingTrailingPunctuation() -> String {
        var text = Substring(self)
        while let last = text.last, ",.;:)".contains(last) { text = text.dropLast() }
        return String(text)
    }
}
