public import Foundation

/// Instants as stored and shown: ISO 8601 in UTC with seconds (`2026-11-25T09:00:00Z`).
public enum Timestamp {
    /// Formats an instant.
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current))
    }

    /// Parses `2026-11-25T09:00:00Z`, `2026-11-25T09:00:00+05:00`, `2026-11-25T09:00` (UTC) or `2026-11-25` (midnight UTC).
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: trimmed) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: trimmed) { return date }
        for (format, length) in [("yyyy-MM-dd'T'HH:mm:ss", 19), ("yyyy-MM-dd'T'HH:mm", 16), ("yyyy-MM-dd", 10)] where trimmed.count == length {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            formatter.isLenient = false
            if let date = formatter.date(from: trimmed), formatter.string(from: date) == trimmed { return date }
        }
        return nil
    }
}
