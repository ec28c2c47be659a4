/// A deterministic pseudo-random generator (SplitMix64), so every fuzz run can be replayed from its seed.
struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
