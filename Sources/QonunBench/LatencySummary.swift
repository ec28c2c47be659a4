/// Percentiles of a set of latencies (milliseconds), by the nearest-rank method.
struct LatencySummary {
    /// The samples, sorted.
    let sorted: [Double]

    /// Summarises `samples` (milliseconds).
    init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    /// The smallest sample that at least `percent` % of the samples do not exceed.
    func percentile(_ percent: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(sorted.count, Swift.max(1, rank)) - 1]
    }

    /// The arithmetic mean.
    var mean: Double { sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count) }

    /// The largest sample.
    var max: Double { sorted.last ?? 0 }
}
