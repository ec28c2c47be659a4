import Foundation

/// Marks the words a search matched in a provision's heading or text, and cuts the snippet shown under a
/// result: the same words the index matched (the text is read by the tokenizer's own scanner and folding, so
/// `Oʻzbekiston` is marked for `o'zbekiston` and `Ўзбекистон`), a phrase marked as one run.
///
/// Markers are U+0001 (start) and U+0002 (end), which `Registry.markedHTML` turns into `<mark>` after escaping.
/// Doing this in Swift for the page's few results spares FTS5's `snippet()`/`highlight()`, which need the MATCH
/// evaluated again for every row of the page.
struct SearchHighlighter {
    /// A term to find: its folded words in order; with `isPrefix`, the last word only has to start the token.
    struct Pattern: Equatable {
        var words: [[UInt8]]
        var isPrefix: Bool
    }

    let patterns: [Pattern]

    /// The terms that must or may match; excluded terms are never marked.
    init(query: SearchQuery) {
        var patterns: [Pattern] = []
        for term in query.required.joined() {
            let words = SearchFolding.words(in: term.text).map { Array($0.utf8) }
            guard !words.isEmpty else { continue }
            let pattern = Pattern(words: words, isPrefix: term.isPrefix)
            if !patterns.contains(pattern) { patterns.append(pattern) }
        }
        self.patterns = patterns
    }

    /// One token of the text: where its folded bytes are in the shared buffer, and where it is in the UTF-8 text.
    private struct Token {
        var foldedStart: Int
        var foldedEnd: Int
        var start: Int
        var end: Int
    }

    /// A text's tokens, their folded bytes kept in one buffer (no array per token).
    private struct Tokens {
        var list: [Token] = []
        var folded: [UInt8] = []
        var count: Int { list.count }
        subscript(index: Int) -> Token { list[index] }

        /// Token `index` equals `word`, or starts with it when `prefix`.
        func matches(_ index: Int, _ word: [UInt8], prefix: Bool) -> Bool {
            let token = list[index]
            let length = token.foldedEnd - token.foldedStart
            guard prefix ? length >= word.count : length == word.count else { return false }
            return folded.withUnsafeBufferPointer { all in
                word.withUnsafeBufferPointer { target in
                    guard let left = all.baseAddress, let right = target.baseAddress else { return target.isEmpty }
                    return memcmp(left + token.foldedStart, right, target.count) == 0
                }
            }
        }
    }

    /// A match of pattern `pattern` over tokens `first...last`.
    private struct Hit {
        var pattern: Int
        var first: Int
        var last: Int
    }

    /// The whole text with every match marked.
    func highlight(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let tokens = Self.tokens(of: bytes)
        return render(bytes, tokens: tokens, hits: hits(in: tokens), window: 0..<tokens.count, whole: true)
    }

    /// At most `length` tokens around the matches: the window holding the most different terms (then the most
    /// matches), centred on them; `…` marks text cut at either end. A text without matches gives its start.
    func snippet(_ text: String, length: Int) -> String {
        let bytes = Array(text.utf8)
        let tokens = Self.tokens(of: bytes)
        let found = hits(in: tokens)
        guard tokens.count > length, length > 0 else {
            return render(bytes, tokens: tokens, hits: found, window: 0..<tokens.count, whole: true)
        }
        var bestStart = 0
        var bestScore = -1
        // Candidate windows start at a match (or at the text's start); the best one is then centred.
        for start in [0] + found.map(\.first) {
            let clamped = min(start, tokens.count - length)
            let inside = found.filter { $0.first >= clamped && $0.last < clamped + length }
            let score = Set(inside.map(\.pattern)).count * 1000 + inside.count
            if score > bestScore { bestScore = score; bestStart = clamped }
        }
        let inside = found.filter { $0.first >= bestStart && $0.last < bestStart + length }
        if let first = inside.first?.first, let last = inside.map(\.last).max() {
            let centred = first - (length - (last - first + 1)) / 2
            bestStart = max(0, min(centred, tokens.count - length))
        }
        return render(bytes, tokens: tokens, hits: found, window: bestStart..<(bestStart + length), whole: false)
    }

    private static func tokens(of bytes: [UInt8]) -> Tokens {
        var list: [Token] = []
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            FoldingScanner.scan(buffer) { word, start, end in
                list.append(Token(foldedStart: folded.count, foldedEnd: folded.count + word.count, start: start, end: end))
                folded.append(contentsOf: word)
                return true
            }
        }
        return Tokens(list: list, folded: folded)
    }

    private func hits(in tokens: Tokens) -> [Hit] {
        var hits: [Hit] = []
        for index in 0..<tokens.count {
            for (number, pattern) in patterns.enumerated() where index + pattern.words.count <= tokens.count {
                var matches = true
                for (offset, word) in pattern.words.enumerated() {
                    let isLast = offset == pattern.words.count - 1
                    if !tokens.matches(index + offset, word, prefix: isLast && pattern.isPrefix) { matches = false; break }
                }
                if matches { hits.append(Hit(pattern: number, first: index, last: index + pattern.words.count - 1)) }
            }
        }
        return hits
    }

    /// The text of the window's tokens (the whole text when `whole`), with the matches inside it marked;
    /// overlapping matches make one marked run.
    private func render(_ bytes: [UInt8], tokens: Tokens, hits: [Hit], window: Range<Int>, whole: Bool) -> String {
        guard tokens.count > 0 else { return String(decoding: bytes, as: UTF8.self) }
        var runs: [(first: Int, last: Int)] = []
        for hit in hits.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) })
        where hit.first >= window.lowerBound && hit.last < window.upperBound {
            if let previous = runs.last, hit.first <= previous.last {
                runs[runs.count - 1].last = max(previous.last, hit.last)
            } else {
                runs.append((hit.first, hit.last))
            }
        }
        let from = whole || window.lowerBound == 0 ? 0 : tokens[window.lowerBound].start
        let to = whole || window.upperBound == tokens.count ? bytes.count : tokens[window.upperBound - 1].end
        var output: [UInt8] = []
        output.reserveCapacity(to - from + 8 * runs.count + 6)
        if from > 0 { output += Array("…".utf8) }
        var position = from
        for run in runs {
            output += bytes[position..<tokens[run.first].start]
            output.append(0x01)
            output += bytes[tokens[run.first].start..<tokens[run.last].end]
            output.append(0x02)
            position = tokens[run.last].end
        }
        output += bytes[position..<to]
        if to < bytes.count { output += Array("…".utf8) }
        return String(decoding: output, as: UTF8.self)
    }
}
