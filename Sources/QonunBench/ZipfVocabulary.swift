import Foundation

/// Words drawn with Zipf-like frequencies: the first word of the list is the most frequent, the last ones are
/// rare, as in real legal text, so that the benchmark has both very common and very selective search terms.
struct ZipfVocabulary: Sendable {
    /// The words (or fixed multi-word expressions), most frequent first.
    let words: [String]
    /// Running sum of the normalised weights, one per word; the last is 1.
    private let cumulative: [Double]

    /// Weights 1 / rank^exponent.
    init(_ words: [String], exponent: Double) {
        precondition(!words.isEmpty, "a vocabulary needs words")
        self.words = words
        var sums: [Double] = []
        sums.reserveCapacity(words.count)
        var total = 0.0
        for rank in 1...words.count {
            total += 1.0 / pow(Double(rank), exponent)
            sums.append(total)
        }
        cumulative = sums.map { $0 / total }
    }

    /// One word, by binary search over the cumulative weights.
    func pick(_ random: inout SplitMix64) -> String {
        let target = random.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }
}
