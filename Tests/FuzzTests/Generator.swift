import TestSupport

/// Fuzz inputs drawn from a `SeededRandom`, so every fuzz run can be replayed from its seed.
struct Generator {
    private var source: SeededRandom

    init(seed: UInt64) { source = SeededRandom(seed: seed) }

    mutating func next() -> UInt64 { source.next() }

    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    mutating func bool() -> Bool { next() & 1 == 1 }

    /// A string of `count` characters drawn from `alphabet`.
    mutating func string(from alphabet: [Character], count: Int) -> String {
        String((0..<count).map { _ in pick(alphabet) })
    }

    /// Mutates bytes: flips, deletions, duplications and insertions of interesting bytes.
    mutating func mutate(_ bytes: [UInt8], edits: Int) -> [UInt8] {
        var result = bytes
        let interesting: [UInt8] = [0x00, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x2F, 0xFF, 0xC3, 0x80, 0x0A, 0x5D, 0x21, 0x3F]
        for _ in 0..<edits where !result.isEmpty {
            let position = int(0..<result.count)
            switch int(0..<4) {
            case 0: result[position] ^= UInt8(truncatingIfNeeded: next())
            case 1: result.remove(at: position)
            case 2: result.insert(pick(interesting), at: position)
            default:
                let end = min(result.count, position + int(1..<64))
                result.insert(contentsOf: result[position..<end], at: position)
            }
        }
        return result
    }
}
