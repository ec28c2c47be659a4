import Foundation

/// Fixed-window counters per key (an account or an address), kept in memory.
final class RateLimiter: @unchecked Sendable {
    // Unchecked Sendable: every access holds the lock.
    private var windows: [String: (start: TimeInterval, count: Int)] = [:]
    private let lock = NSLock()
    private let window: TimeInterval

    init(window: TimeInterval = 60) { self.window = window }

    /// Counts one event for `key`; false when `limit` events already happened in the current window.
    func allow(_ key: String, limit: Int, now: TimeInterval = Date().timeIntervalSince1970) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if windows.count > 100_000 { windows = windows.filter { now - $0.value.start < window } }
        var entry = windows[key] ?? (now, 0)
        if now - entry.start >= window { entry = (now, 0) }
        guard entry.count < limit else { return false }
        entry.count += 1
        windows[key] = entry
        return true
    }
}
