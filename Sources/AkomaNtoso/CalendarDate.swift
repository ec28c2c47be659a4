/// Checks of ISO 8601 calendar dates as they appear in FRBR URIs and metadata, without Foundation's
/// time-zone dependent parsers.
public enum CalendarDate {
    /// True when `text` is YYYY-MM-DD and names a real day (leap years included).
    public static func isValidDay(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return false }
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    /// True for YYYY, YYYY-MM or a valid YYYY-MM-DD.
    public static func isValidPartial(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        switch bytes.count {
        case 4: return number(bytes[0..<4]) != nil
        case 7:
            guard bytes[4] == UInt8(ascii: "-"), number(bytes[0..<4]) != nil, let month = number(bytes[5..<7]) else { return false }
            return (1...12).contains(month)
        case 10: return isValidDay(text)
        default: return false
        }
    }

    /// True when the text starts like a date (four digits), so a failed check is worth reporting as a date.
    static func looksLikeDate(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8.prefix(5))
        guard bytes.count >= 4, number(bytes[0..<4]) != nil else { return false }
        return bytes.count == 4 || bytes[4] == UInt8(ascii: "-")
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
