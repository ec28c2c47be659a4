/// Where folded words are written, one byte at a time: an array, or the folding scanner's `ScanBuffer`.
protocol FoldedBytes {
    var count: Int { get }
    mutating func append(_ byte: UInt8)
    mutating func append<S: Sequence>(contentsOf bytes: S) where S.Element == UInt8
    subscript(position: Int) -> UInt8 { get set }
}

extension Array: FoldedBytes where Element == UInt8 {}

/// The folding scanner's output: growable bytes that an append writes with one capacity check, without the
/// uniqueness and capacity checks an Array's append makes (they were a third of tokenizing the registry's text).
/// It owns its memory but is a plain struct: whoever makes one frees it with `deallocate()`, once, and does not
/// use copies of it after that.
struct ScanBuffer: FoldedBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append<S: Sequence>(contentsOf bytes: S) where S.Element == UInt8 {
        for byte in bytes { append(byte) }
    }

    subscript(position: Int) -> UInt8 {
        get { base[position] }
        set { base[position] = newValue }
    }

    /// Drops the bytes from `count` on.
    mutating func truncate(to count: Int) {
        precondition(count >= 0 && count <= self.count, "truncating \(self.count) bytes to \(count)")
        self.count = count
    }

    /// The bytes from `start` to the end.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// A copy of all the bytes.
    var array: [UInt8] { Array(bytes(from: 0)) }

    @inline(never)
    private mutating func grow(to minimum: Int) {
        let grown = Swift.max(capacity * 2, minimum)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }
}
