internal import CLibXML2

/// A fixed set of names that an element's local name is looked up in straight from libxml2's bytes, without
/// making a String: readers classify every element they meet, and building a String per element (then
/// hashing it for a `Set<String>`) was a large share of reading a document.
public struct XMLNameTable: Sendable {
    /// The names, in the order given; a lookup answers an index into this array.
    public let names: [String]
    /// Every name's UTF-8 bytes, one after another.
    private let bytes: [UInt8]
    /// Where each name starts in `bytes`, plus the end of the last one.
    private let offsets: [Int]
    /// Open-addressing slots holding a name's index, or -1; the count is a power of two, at least twice the names.
    private let slots: [Int32]

    /// Creates a table of `names`; a name given twice keeps its first index.
    public init(_ names: [String]) {
        self.names = names
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for name in names {
            bytes.append(contentsOf: name.utf8)
            offsets.append(bytes.count)
        }
        var capacity = 8
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, name) in names.enumerated() {
            let utf8 = Array(name.utf8)
            var slot = XMLNameTable.hash(utf8) & (capacity - 1)
            var duplicate = false
            while slots[slot] >= 0 {
                let other = Int(slots[slot])
                if Array(names[other].utf8) == utf8 { duplicate = true; break }
                slot = (slot + 1) & (capacity - 1)
            }
            if !duplicate { slots[slot] = Int32(index) }
        }
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
    }

    /// The index of the node's local name in `names`, or nil when the node has no name or another one.
    public func index(of node: XMLNode) -> Int? {
        guard let name = node.pointer.pointee.name else { return nil }
        // Hash while finding the terminating zero: one pass over the name.
        var hash = XMLNameTable.seed
        var count = 0
        while name[count] != 0 {
            hash = (hash ^ UInt64(name[count])) &* XMLNameTable.prime
            count += 1
        }
        return index(of: UnsafeBufferPointer(start: name, count: count), hash: XMLNameTable.finish(hash))
    }

    /// The index of `name` in `names`, or nil.
    public func index(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { index(of: $0, hash: XMLNameTable.hash($0)) }
    }

    private func index(of name: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let candidate = Int(slots[slot])
            if candidate < 0 { return nil }
            let start = offsets[candidate], end = offsets[candidate + 1]
            if end - start == name.count, bytes.withUnsafeBufferPointer({ all in
                guard let base = all.baseAddress, let key = name.baseAddress else { return name.isEmpty }
                return memcmp(base + start, key, name.count) == 0
            }) {
                return candidate
            }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a: short names, few of them, so a simple hash spreads them well enough.
    private static func hash(_ name: some Collection<UInt8>) -> Int {
        var hash = seed
        for byte in name {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return finish(hash)
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private static func finish(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }
}
