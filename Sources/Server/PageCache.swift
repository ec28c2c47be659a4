import Consultation
import Foundation
import NIOCore

/// Rendered pages kept in memory while what they show is unchanged: each entry remembers the store's change
/// stamp (`ConsultationStore.changeStamp()`) it was rendered at and the moment its consultation's state may
/// change (opening or closing time), and is served only while both still hold.
final class PageCache: @unchecked Sendable {
    // Unchecked Sendable: every access to `entries` holds `lock`.
    struct Entry {
        var body: ByteBuffer
        var stamp: ChangeStamp
        var validUntil: Date
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func page(_ key: String, stamp: ChangeStamp, now: Date) -> ByteBuffer? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[key], entry.stamp == stamp, now < entry.validUntil else { return nil }
        return entry.body
    }

    func store(_ key: String, _ body: ByteBuffer, stamp: ChangeStamp, validUntil: Date) {
        lock.lock()
        defer { lock.unlock() }
        // Pages of an older stamp are never served again: drop them all when the cache fills.
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = Entry(body: body, stamp: stamp, validUntil: validUntil)
    }
}
