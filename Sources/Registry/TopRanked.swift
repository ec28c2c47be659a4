/// The best `capacity` matches seen so far by (rank, id), lower first, and how many were offered: what
/// `ORDER BY rank, id LIMIT n` and `count(*)` give, in one pass and without sorting every match.
struct TopRanked {
    /// A ranked match.
    struct Entry {
        var id: Int64
        var rank: Double
    }

    let capacity: Int
    /// Every match offered.
    private(set) var count = 0
    // Sorted ascending; at most `capacity` entries.
    private var entries: [Entry] = []

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(min(capacity, 1024))
    }

    mutating func add(id: Int64, rank: Double) {
        count += 1
        guard capacity > 0 else { return }
        if entries.count == capacity, let last = entries.last, !Self.precedes(rank, id, last) { return }
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(entries[middle].rank, entries[middle].id, Entry(id: id, rank: rank)) { low = middle + 1 } else { high = middle }
        }
        entries.insert(Entry(id: id, rank: rank), at: low)
        if entries.count > capacity { entries.removeLast() }
    }

    /// The kept matches, best first.
    var sorted: [Entry] { entries }

    private static func precedes(_ rank: Double, _ id: Int64, _ other: Entry) -> Bool {
        rank < other.rank || (rank == other.rank && id < other.id)
    }
}
