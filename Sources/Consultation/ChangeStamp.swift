import Foundation

/// What a page rendered from the store depends on: the writes this process made, and the audit log's last entry
/// (every state change, from any process, appends one). Two equal stamps mean nothing a page shows has changed,
/// except writes by another process in the last `maxAge` of the database check.
public struct ChangeStamp: Sendable, Equatable {
    /// Writes committed by this process's store.
    public var localWrites: Int
    /// `changeCount()` when last read.
    public var auditHead: Int64
}

/// Counts this process's writes and keeps the last reading of the audit head, so that a busy page can be
/// checked against the store without a database read per request.
final class ChangeCounter: @unchecked Sendable {
    // Unchecked Sendable: every access holds `lock`.
    private let lock = NSLock()
    private var localWrites = 0
    private var auditHead: Int64 = -1
    private var checkedAt = Date.distantPast

    func noteWrite() {
        lock.lock(); localWrites += 1; lock.unlock()
    }

    func stamp(maxAge: TimeInterval, now: Date, readAuditHead: () throws -> Int64) rethrows -> ChangeStamp {
        lock.lock()
        let cached = (localWrites, auditHead, checkedAt)
        lock.unlock()
        if now.timeIntervalSince(cached.2) < maxAge, cached.1 >= 0 {
            return ChangeStamp(localWrites: cached.0, auditHead: cached.1)
        }
        let head = try readAuditHead()
        lock.lock()
        auditHead = max(auditHead, head)
        checkedAt = now
        let fresh = ChangeStamp(localWrites: localWrites, auditHead: auditHead)
        lock.unlock()
        return fresh
    }
}
