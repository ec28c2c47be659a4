import Foundation

/// The LZ4 block format (github.com/lz4/lz4, doc/lz4_Block_format.md), written here in Swift: stored Akoma
/// Ntoso sources are compressed with it on the parsing threads. It compresses XML about 3.5-fold (zlib's fastest
/// level: 4.9-fold) at several times zlib's speed, and decompresses faster still, which the site publisher,
/// reading every source, also gains from.
///
/// A block is a series of sequences: a token (literal count in the high four bits, match length minus four in
/// the low four, 15 meaning "more bytes follow, each added, until one is not 255"), the literals, then a
/// two-byte little-endian offset back into the output and the match length's extra bytes. The last sequence
/// has literals only; the last five bytes are always literals and no match starts in the last twelve.
enum LZ4Block {
    /// Why stored bytes could not be decompressed.
    struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong, and at which byte of the block.
        let reason: String

        var description: String { "the stored document is damaged: \(reason)" }
    }

    private static let minMatch = 4
    private static let lastLiterals = 5
    private static let matchFindLimit = 12
    private static let maxOffset = 65_535
    /// The match-finder's table has 2^hashLog slots: up to 2^14 (64 KiB), and fewer for small inputs, where
    /// clearing a large table would cost more than compressing (a typical act is 30 KiB).
    private static func hashLog(for count: Int) -> Int {
        var log = 10
        while log < 14 && (1 << (log + 1)) < count { log += 1 }
        return log
    }

    /// The largest block `count` bytes can compress to (incompressible input grows by about 1/255).
    static func bound(_ count: Int) -> Int { count + count / 255 + 16 }

    /// The block of `data`, written into memory that becomes the Data's own (trimmed to its length, not copied).
    static func compress(_ data: Data) -> Data {
        data.withUnsafeBytes { source in
            let capacity = bound(source.count)
            guard let target = malloc(capacity) else { preconditionFailure("no memory for a \(capacity)-byte LZ4 block") }
            let written = compress(source, into: target)
            let trimmed = realloc(target, max(written, 1)) ?? target
            return Data(bytesNoCopy: trimmed, count: written, deallocator: .free)
        }
    }

    /// Writes the block of `source` to `target` (at least `bound(source.count)` bytes) and returns its length.
    static func compress(_ source: UnsafeRawBufferPointer, into target: UnsafeMutableRawPointer) -> Int {
        let count = source.count
        let capacity = bound(count)
        var out = 0
        guard let input = source.baseAddress, count > 0 else {
            target.storeBytes(of: 0, as: UInt8.self)  // one empty last sequence
            return 1
        }
        func emitLength(_ value: Int) {
            var rest = value
            while rest >= 255 { target.storeBytes(of: 255, toByteOffset: out, as: UInt8.self); out += 1; rest -= 255 }
            target.storeBytes(of: UInt8(rest), toByteOffset: out, as: UInt8.self); out += 1
        }
        func emit(literalsFrom start: Int, to end: Int, match: (offset: Int, length: Int)?) {
            let literals = end - start
            let matchCode = match.map { $0.length - minMatch } ?? 0
            let token = (min(literals, 15) << 4) | min(matchCode, 15)
            target.storeBytes(of: UInt8(token), toByteOffset: out, as: UInt8.self); out += 1
            if literals >= 15 { emitLength(literals - 15) }
            if literals <= 16 && start + 16 <= count && out + 16 <= capacity {
                // Short runs (most of them): two 8-byte moves, past the run's end into bytes written over later.
                (target + out).storeBytes(of: input.loadUnaligned(fromByteOffset: start, as: UInt64.self), as: UInt64.self)
                (target + out + 8).storeBytes(of: input.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self), as: UInt64.self)
            } else {
                (target + out).copyMemory(from: input + start, byteCount: literals)
            }
            out += literals
            guard let match else { return }
            target.storeBytes(of: UInt8(match.offset & 0xFF), toByteOffset: out, as: UInt8.self)
            target.storeBytes(of: UInt8(match.offset >> 8), toByteOffset: out + 1, as: UInt8.self)
            out += 2
            if matchCode >= 15 { emitLength(matchCode - 15) }
        }
        // Matches may start up to `count - matchFindLimit` and must end by `count - lastLiterals`.
        guard count > matchFindLimit else {
            emit(literalsFrom: 0, to: count, match: nil)
            return out
        }
        let lastMatchStart = count - matchFindLimit
        let matchEndLimit = count - lastLiterals
        let hashLog = hashLog(for: count)
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << hashLog)
        table.initialize(repeating: 0, count: 1 << hashLog)
        defer { table.deallocate() }
        @inline(__always) func read32(_ position: Int) -> UInt32 { input.loadUnaligned(fromByteOffset: position, as: UInt32.self) }
        @inline(__always) func hash(_ position: Int) -> Int { Int((read32(position) &* 2_654_435_761) >> UInt32(32 - hashLog)) }

        var anchor = 0
        var position = 1
        table[hash(0)] = 0
        search: while position <= lastMatchStart {
            // Find a match, stepping faster over stretches that do not compress.
            var attempts = 1 << 6
            var candidate = 0
            while true {
                guard position <= lastMatchStart else { break search }
                let slot = hash(position)
                candidate = Int(table[slot])
                table[slot] = Int32(position)
                if position - candidate <= maxOffset && read32(candidate) == read32(position) { break }
                position += attempts >> 6
                attempts += 1
            }
            // Extend it backwards over the literals, then forwards.
            while position > anchor && candidate > 0 && input.load(fromByteOffset: position - 1, as: UInt8.self) == input.load(fromByteOffset: candidate - 1, as: UInt8.self) {
                position -= 1
                candidate -= 1
            }
            var length = minMatch
            while position + length + 8 <= matchEndLimit {
                let difference = input.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
                    ^ input.loadUnaligned(fromByteOffset: candidate + length, as: UInt64.self)
                if difference != 0 { length += difference.littleEndian.trailingZeroBitCount >> 3; break }
                length += 8
            }
            if position + length + 8 > matchEndLimit {
                while position + length < matchEndLimit
                    && input.load(fromByteOffset: position + length, as: UInt8.self) == input.load(fromByteOffset: candidate + length, as: UInt8.self) {
                    length += 1
                }
            }
            emit(literalsFrom: anchor, to: position, match: (position - candidate, length))
            position += length
            anchor = position
            if position <= lastMatchStart { table[hash(position - 2)] = Int32(position - 2) }
        }
        emit(literalsFrom: anchor, to: count, match: nil)
        return out
    }

    /// The `size` bytes a block decompresses to; every length and offset is checked against the block and the
    /// output, so a damaged block is refused, never read or written out of bounds.
    static func decompress(_ data: Data, size: Int) throws(Failure) -> Data {
        guard size >= 0 else { throw Failure(reason: "negative size \(size)") }
        var output = Data(count: size)
        let result: Failure? = output.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in decompress(source, into: target) }
        }
        if let result { throw result }
        return output
    }

    /// Whether `block` decompresses to exactly `original` (into scratch memory that is not zero-filled first).
    static func decompresses(_ block: Data, to original: Data) -> Bool {
        let size = original.count
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 8)
        defer { scratch.deallocate() }
        let target = UnsafeMutableRawBufferPointer(rebasing: scratch[0..<size])
        let failure = block.withUnsafeBytes { source in decompress(source, into: target) }
        guard failure == nil else { return false }
        guard size > 0, let produced = target.baseAddress else { return true }
        return original.withUnsafeBytes { expected in
            guard let expected = expected.baseAddress else { return false }
            return memcmp(expected, produced, size) == 0
        }
    }

    private static func decompress(_ source: UnsafeRawBufferPointer, into target: UnsafeMutableRawBufferPointer) -> Failure? {
        let count = source.count
        let size = target.count
        guard count > 0 else { return Failure(reason: "the block is empty") }
        var position = 0
        var out = 0
        func length(_ base: Int) -> Int? {
            var total = base
            while true {
                guard position < count else { return nil }
                let byte = Int(source[position])
                position += 1
                total += byte
                if byte != 255 { return total }
            }
        }
        while true {
            let token = Int(source[position])
            position += 1
            var literals = token >> 4
            if literals == 15 {
                guard let extended = length(15) else { return Failure(reason: "a literal length runs past the end of the block at byte \(position)") }
                literals = extended
            }
            guard literals <= count - position else { return Failure(reason: "\(literals) literals at byte \(position) run past the end of the block") }
            guard literals <= size - out else { return Failure(reason: "\(literals) literals at byte \(position) overflow the \(size) bytes expected") }
            if literals > 0, let from = source.baseAddress, let to = target.baseAddress {
                if literals <= 16 && position + 16 <= count && out + 16 <= size {
                    // Two 8-byte moves; the bytes past the run are written over by what follows.
                    (to + out).storeBytes(of: from.loadUnaligned(fromByteOffset: position, as: UInt64.self), as: UInt64.self)
                    (to + out + 8).storeBytes(of: from.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self), as: UInt64.self)
                } else {
                    (to + out).copyMemory(from: from + position, byteCount: literals)
                }
            }
            position += literals
            out += literals
            if position == count { break }
            guard count - position >= 2 else { return Failure(reason: "the block ends inside a match offset at byte \(position)") }
            let offset = Int(source[position]) | Int(source[position + 1]) << 8
            position += 2
            guard offset > 0 && offset <= out else { return Failure(reason: "a match at byte \(position - 2) points \(offset) bytes back from output byte \(out)") }
            var matchLength = token & 15
            if matchLength == 15 {
                guard let extended = length(15) else { return Failure(reason: "a match length runs past the end of the block at byte \(position)") }
                matchLength = extended
            }
            matchLength += minMatch
            guard matchLength <= size - out else { return Failure(reason: "a match of \(matchLength) bytes at byte \(position) overflows the \(size) bytes expected") }
            guard let base = target.baseAddress else { return Failure(reason: "no output buffer") }
            if offset >= 8 && out + matchLength + 8 <= size {
                // 8 bytes at a time: a move never reads bytes it writes (offset >= 8), and the last one may run up
                // to 7 bytes past the match, into bytes written over by what follows.
                var copied = 0
                while copied < matchLength {
                    (base + out + copied).storeBytes(of: base.loadUnaligned(fromByteOffset: out - offset + copied, as: UInt64.self), as: UInt64.self)
                    copied += 8
                }
            } else if offset >= matchLength {
                (base + out).copyMemory(from: UnsafeRawPointer(base + out - offset), byteCount: matchLength)
            } else {
                // Overlapping by less than 8 bytes: the match repeats bytes it is writing, one at a time.
                for index in 0..<matchLength { base.storeBytes(of: base.load(fromByteOffset: out - offset + index, as: UInt8.self), toByteOffset: out + index, as: UInt8.self) }
            }
            out += matchLength
            guard position < count else { return Failure(reason: "the block ends after a match, without its last literals") }
        }
        guard out == size else { return Failure(reason: "it decompresses to \(out) bytes, not the \(size) expected") }
        return nil
    }
}
