import Foundation

/// Maps an array on all cores, keeping the order of the results.
enum ParallelMap {
    /// `items.map(transform)`, computed concurrently.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in results.set(index, transform(items[index])) }
        return results.values
    }
}

/// One result slot per index, filled concurrently.
private final class ResultSlots<R>: @unchecked Sendable {
    // Unchecked Sendable: every access holds the lock, and each index is written once.
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [R] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
