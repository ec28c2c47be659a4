/// Finds and checks the dates written in acts: "2021-yil 21-apreldagi", "2019 йил 2 июль", "21 апреля 2021 года",
/// "21 April 2021", "April 21, 2021" and "21.04.2021".
struct LegalDate: Sendable, Equatable {
    /// The date as `YYYY-MM-DD`.
    var iso: String
    /// Where the date is written in the text it was found in.
    var range: Range<String.Index>

    private static let monthStems: [(String, Int)] = [
        ("yanvar", 1), ("fevral", 2), ("mart", 3), ("aprel", 4), ("may", 5), ("iyun", 6), ("iyul", 7),
        ("avgust", 8), ("sentyabr", 9), ("sentabr", 9), ("oktyabr", 10), ("oktabr", 10), ("noyabr", 11),
        ("dekabr", 12),
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("май", 5), ("мая", 5), ("июн", 6), ("июл", 7),
        ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ]

    /// The month of a month word in any of the three languages ("apreldagi", "апреля", "April").
    static func month<S: StringProtocol>(_ word: S) -> Int? {
        let key = TextFolding.key(word)
        guard key.unicodeScalars.count >= 3 else { return nil }
        for (stem, month) in monthStems where key.hasPrefix(stem) { return month }
        return nil
    }

    /// `YYYY-MM-DD` for a real calendar date, or `nil`.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1800...2999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Whether `text` is a real calendar date written as `YYYY-MM-DD`.
    static func isValidISO(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return iso(year: year, month: month, day: day) == text
    }

    /// Every date written in `text`, in order.
    static func all(in text: Substring) -> [LegalDate] {
        var scanner = DateScanner(text)
        return scanner.scan()
    }

    /// The first date written in `text`.
    static func first(in text: Substring) -> LegalDate? {
        var scanner = DateScanner(text)
        return scanner.scan(limit: 1).first
    }
}

/// Walks the scalars of a text once, trying the date shapes at each run of digits.
private struct DateScanner {
    let text: Substring
    let scalars: [Unicode.Scalar]
    let indices: [String.Index]

    init(_ text: Substring) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        for index in text.unicodeScalars.indices {
            scalars.append(text.unicodeScalars[index])
            indices.append(index)
        }
        indices.append(text.endIndex)
        self.scalars = scalars
        self.indices = indices
    }

    mutating func scan(limit: Int = .max) -> [LegalDate] {
        var found: [LegalDate] = []
        var position = 0
        while position < scalars.count, found.count < limit {
            guard isDigit(position), position == 0 || !isDigit(position - 1) else { position += 1; continue }
            let end = digitsEnd(position)
            if let (date, next) = uzbek(position, end) ?? dayMonthYear(position, end) ?? numeric(position, end)
                ?? monthDayYear(position, end) {
                found.append(date)
                position = next
            } else {
                position = end
            }
        }
        return found
    }

    private func isDigit(_ position: Int) -> Bool {
        position < scalars.count && scalars[position].value >= 0x30 && scalars[position].value <= 0x39
    }

    private func digitsEnd(_ start: Int) -> Int {
        var end = start
        while isDigit(end) { end += 1 }
        return end
    }

    private func number(_ start: Int, _ end: Int) -> Int? {
        var value = 0
        for position in start..<end { value = value * 10 + Int(scalars[position].value - 0x30) }
        return end > start ? value : nil
    }

    private func wordEnd(_ start: Int) -> Int {
        var end = start
        while end < scalars.count, TextFolding.isLetter(scalars[end]) { end += 1 }
        return end
    }

    private func word(_ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    private func make(_ year: Int, _ month: Int, _ day: Int, _ start: Int, _ end: Int) -> (LegalDate, Int)? {
        guard let iso = LegalDate.iso(year: year, month: month, day: day) else { return nil }
        return (LegalDate(iso: iso, range: indices[start]..<indices[end]), end)
    }

    /// "2021-yil 21-apreldagi", "2019 йил 2 июль".
    private func uzbek(_ start: Int, _ end: Int) -> (LegalDate, Int)? {
        guard end - start == 4, let year = number(start, end), end < scalars.count else { return nil }
        var position = end
        guard scalars[position] == "-" || scalars[position] == " " else { return nil }
        position += 1
        let yearWordEnd = wordEnd(position)
        let yearWord = TextFolding.key(word(position, yearWordEnd))
        guard yearWord == "yil" || yearWord == "йил" else { return nil }
        position = yearWordEnd
        if position < scalars.count, scalars[position] == "." { position += 1 }
        while position < scalars.count, scalars[position] == " " { position += 1 }
        let dayEnd = digitsEnd(position)
        guard dayEnd > position, dayEnd - position <= 2, let day = number(position, dayEnd),
              dayEnd < scalars.count, scalars[dayEnd] == "-" || scalars[dayEnd] == " " else { return nil }
        let monthStart = dayEnd + 1
        let monthEnd = wordEnd(monthStart)
        guard let month = LegalDate.month(word(monthStart, monthEnd)) else { return nil }
        return make(year, month, day, start, monthEnd)
    }

    /// "21 апреля 2021 года", "21 April 2021".
    private func dayMonthYear(_ start: Int, _ end: Int) -> (LegalDate, Int)? {
        guard end - start <= 2, let day = number(start, end), end < scalars.count, scalars[end] == " " else {
            return nil
        }
        let monthEnd = wordEnd(end + 1)
        guard let month = LegalDate.month(word(end + 1, monthEnd)), monthEnd < scalars.count,
              scalars[monthEnd] == " " else { return nil }
        let yearEnd = digitsEnd(monthEnd + 1)
        guard yearEnd - (monthEnd + 1) == 4, let year = number(monthEnd + 1, yearEnd) else { return nil }
        var last = yearEnd
        if last + 1 < scalars.count, scalars[last] == " " {
            let suffixEnd = wordEnd(last + 1)
            let suffix = TextFolding.key(word(last + 1, suffixEnd))
            if suffix == "года" || suffix == "йил" || suffix == "yil" { last = suffixEnd }
            if suffix == "г", suffixEnd < scalars.count, scalars[suffixEnd] == "." { last = suffixEnd + 1 }
        }
        return make(year, month, day, start, last)
    }

    /// "21.04.2021".
    private func numeric(_ start: Int, _ end: Int) -> (LegalDate, Int)? {
        guard end - start == 2, let day = number(start, end), end + 8 <= scalars.count, scalars[end] == "." else {
            return nil
        }
        let monthEnd = digitsEnd(end + 1)
        guard monthEnd - (end + 1) == 2, let month = number(end + 1, monthEnd), monthEnd < scalars.count,
              scalars[monthEnd] == "." else { return nil }
        let yearEnd = digitsEnd(monthEnd + 1)
        guard yearEnd - (monthEnd + 1) == 4, let year = number(monthEnd + 1, yearEnd) else { return nil }
        return make(year, month, day, start, yearEnd)
    }

    /// "April 21, 2021".
    private func monthDayYear(_ start: Int, _ end: Int) -> (LegalDate, Int)? {
        guard end - start <= 2, let day = number(start, end), start >= 2, scalars[start - 1] == " " else { return nil }
        var monthStart = start - 1
        while monthStart > 0, TextFolding.isLetter(scalars[monthStart - 1]) { monthStart -= 1 }
        guard monthStart < start - 1, let month = LegalDate.month(word(monthStart, start - 1)),
              end + 2 < scalars.count, scalars[end] == ",", scalars[end + 1] == " " else { return nil }
        let yearEnd = digitsEnd(end + 2)
        guard yearEnd - (end + 2) == 4, let year = number(end + 2, yearEnd) else { return nil }
        return make(year, month, day, monthStart, yearEnd)
    }
}
