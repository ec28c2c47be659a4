internal import CLibXML2

/// The values one attribute takes across elements of a document, compared by their bytes: finds a
/// repeated value (a duplicate eId) without making a String and hashing it for every element.
///
/// Only plain ASCII values are decided here: Swift compares Strings by canonical equivalence, which for
/// ASCII is byte equality, but not for other text (a precomposed and a decomposed é are equal Strings).
/// For anything else `insert` answers `.undecided` and the caller compares Strings.
public struct XMLAttributeValueSet {
    /// What `insert` found.
    public enum Insertion {
        /// The element has no such attribute.
        case absent
        /// The value is seen for the first time.
        case new
        /// The value was seen first on `first`.
        case repeated(first: XMLNode)
        /// The value is not plain ASCII text, or only libxml2 can compute it: compare Strings instead.
        case undecided
    }

    private struct Entry {
        var value: UnsafePointer<xmlChar>
        var count: Int
        var hash: Int
        var node: xmlNodePtr
    }

    private let name: String
    /// Keeps the values' bytes alive.
    private var document: XMLDocument?
    private var entries: [Entry] = []
    /// Open-addressing slots holding an index into `entries`, or -1; a power of two, at least twice the entries.
    private var slots = [Int32](repeating: -1, count: 64)

    /// An empty set of the values of the attribute `name` (without namespace).
    public init(attribute name: String) {
        self.name = name
    }

    /// Records the element's value of the attribute, answering whether it was seen before.
    public mutating func insert(_ node: XMLNode) -> Insertion {
        if document == nil { document = node.document }
        guard document === node.document else { return .undecided }
        switch XMLAttributeLookup.text(of: node.pointer, name: name, namespace: nil) {
        case .absent: return .absent
        case .ask: return .undecided
        case .text(let value):
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var count = 0
            while value[count] != 0 {
                let byte = value[count]
                if byte >= 0x80 { return .undecided }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                count += 1
            }
            let entry = Entry(value: value, count: count, hash: Int(truncatingIfNeeded: hash ^ (hash >> 29)), node: node.pointer)
            if let first = find(entry) {
                return .repeated(first: XMLNode(pointer: first, document: node.document))
            }
            add(entry)
            return .new
        }
    }

    private func find(_ entry: Entry) -> xmlNodePtr? {
        let mask = slots.count - 1
        var slot = entry.hash & mask
        while slots[slot] >= 0 {
            let other = entries[Int(slots[slot])]
            if other.hash == entry.hash, other.count == entry.count, memcmp(other.value, entry.value, entry.count) == 0 {
                return other.node
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func add(_ entry: Entry) {
        entries.append(entry)
        if entries.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for index in entries.indices { place(index) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = entries[index].hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }
}
