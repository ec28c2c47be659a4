/// A small, fast, deterministic pseudo-random generator (SplitMix64, Steele/Lea/Flood 2014). The corpus
/// generator uses it instead of the system generator so that the same seed always gives the same bytes.
struct SplitMix64 {
    /// The generator's state; the next output is a function of it alone.
    private(set) var state: UInt64

    /// A generator started from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one labelled sub-stream (an act, a version, a provision's text), independent of how many
    /// numbers other streams consumed, so that changing one part of the corpus leaves the rest identical.
    init(seed: UInt64, stream: UInt64, _ substream: UInt64 = 0) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03) ^ (substream &* 0x8CB9_2BA7_2F3D_8DD7))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<count (count > 0); the modulo bias is negligible for the small counts used here.
    mutating func below(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }

    /// A number in the closed range.
    mutating func inRange(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A double in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array, uniformly.
    mutating func element<T>(of items: [T]) -> T {
        items[below(items.count)]
    }
}
