import Foundation
import Testing
import TestSupport
@testable import Registry

/// The LZ4 block format stored sources are compressed with: every input comes back byte for byte, a block
/// written by the format's rules is read, and a damaged block is refused with the reason.
@Suite struct LZ4BlockTests {
    private func roundTrip(_ data: Data, _ label: String) throws -> Int {
        let block = LZ4Block.compress(data)
        #expect(block.count <= LZ4Block.bound(data.count), "\(label)")
        #expect(try LZ4Block.decompress(block, size: data.count) == data, "\(label)")
        return block.count
    }

    @Test func shortRepetitiveAndIncompressibleInputsComeBackExactly() throws {
        #expect(try roundTrip(Data(), "empty") == 1)
        for length in [1, 4, 5, 11, 12, 13, 14, 15, 16, 17, 19, 20, 64] {
            _ = try roundTrip(Data((0..<length).map { UInt8($0 % 3) }), "periodic \(length)")
            _ = try roundTrip(Data(repeating: 0x61, count: length), "run \(length)")
        }
        // Long runs need the 255-continued lengths, for matches and for literals.
        #expect(try roundTrip(Data(repeating: 0x20, count: 100_000), "long run") < 500)
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(try roundTrip(noise, "noise") <= LZ4Block.bound(noise.count))
        // Matches further back than the 64 KiB an offset can reach are not taken.
        let far = noise + Data(repeating: 0, count: 10) + noise.prefix(5_000)
        _ = try roundTrip(far, "distant repeat")
    }

    @Test func matchesAtEveryShortOffsetAndLiteralRunsOfEveryLengthComeBackExactly() throws {
        // Matches are copied 8 bytes at a time when they reach back 8 bytes or more, byte by byte when they
        // overlap more closely; short literal runs are moved 16 bytes at a time when the block has room. Every
        // offset from 1 to 24, match lengths around each 8-byte step, literal runs of 0 to 40 bytes, and inputs
        // that end right after each of them.
        var generator = SeededRandom(seed: 20_261_207)
        for offset in 1...24 {
            for length in [4, 5, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 33, 64, 300] {
                var bytes = (0..<offset).map { _ in UInt8.random(in: 0...255, using: &generator) }
                while bytes.count < offset + length { bytes.append(bytes[bytes.count - offset]) }
                for tail in [0, 1, 5, 12, 13, 40] {
                    let input = Data(bytes + (0..<tail).map { _ in UInt8.random(in: 0...255, using: &generator) })
                    _ = try roundTrip(input, "offset \(offset), match \(length), tail \(tail)")
                }
            }
        }
        var text: [UInt8] = []
        for run in 0...40 {
            text += (0..<run).map { _ in UInt8.random(in: 0x41...0x5A, using: &generator) }
            text += Array("<p eId=\"art_1\">".utf8)
            _ = try roundTrip(Data(text), "literal run \(run)")
        }
    }

    @Test func aBlockWrittenByTheFormatsRulesIsRead() throws {
        // "abc", then a match 3 back of 12 bytes (token 0x38), then the last literals "12345" (token 0x50).
        let block = Data([0x38, 0x61, 0x62, 0x63, 0x03, 0x00, 0x50, 0x31, 0x32, 0x33, 0x34, 0x35])
        #expect(try LZ4Block.decompress(block, size: 20) == Data("abcabcabcabcabc12345".utf8))
        // 15 in the token's literal field continues into the next byte: 15 + 3 = 18 literals.
        let literals = Data([0xF0, 0x03] + Array("abcdefghijklmnopqr".utf8))
        #expect(try LZ4Block.decompress(literals, size: 18) == Data("abcdefghijklmnopqr".utf8))
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func everySampleAndLexUzTextComesBackExactlyAndSmaller() throws {
        var files = Fixtures.corpusFiles
        for folder in [Fixtures.sharedPath("akn/samples"), Fixtures.sharedPath("lexuz")] {
            let names = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".txt") }
            files += names.map { "\(folder)/\($0)" }
        }
        #expect(files.count > 20)
        var original = 0
        var compressed = 0
        for path in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            original += data.count
            compressed += try roundTrip(data, path)
        }
        #expect(compressed * 2 < original, "Akoma Ntoso and legal text compress at least twofold")
    }

    @Test func theCheckBeforeStoringAcceptsOnlyABlockThatGivesBackTheSource() throws {
        let source = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpusFiles[0]))
        let block = LZ4Block.compress(source)
        #expect(LZ4Block.decompresses(block, to: source))
        #expect(LZ4Block.decompresses(LZ4Block.compress(Data()), to: Data()))
        var changed = source
        changed[changed.count / 2] ^= 0x20
        #expect(!LZ4Block.decompresses(block, to: changed))
        #expect(!LZ4Block.decompresses(block, to: source.dropLast()))
        #expect(!LZ4Block.decompresses(block.prefix(block.count - 3), to: source))
    }

    @Test func damagedBlocksAreRefusedWithTheReason() throws {
        let source = try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpusFiles[0]))
        let block = LZ4Block.compress(source)
        func failure(_ damaged: Data, size: Int) -> String? {
            do { _ = try LZ4Block.decompress(damaged, size: size); return nil } catch { return "\(error)" }
        }
        #expect(failure(block.prefix(block.count / 2), size: source.count)?.contains("the stored document is damaged") == true)
        #expect(failure(block, size: source.count - 1)?.contains("overflow") == true)
        #expect(failure(block, size: source.count + 1)?.contains("decompresses to \(source.count) bytes, not the \(source.count + 1) expected") == true)
        #expect(failure(Data(), size: 0)?.contains("empty") == true)
        // A match offset of zero, and one reaching before the start of the output.
        #expect(failure(Data([0x10, 0x61, 0x00, 0x00, 0x10, 0x62]), size: 10)?.contains("points 0 bytes back") == true)
        #expect(failure(Data([0x10, 0x61, 0x05, 0x00, 0x10, 0x62]), size: 10)?.contains("points 5 bytes back") == true)
        // A literal length that runs past the end of the block.
        #expect(failure(Data([0xF0, 0xFF, 0xFF]), size: 1_000)?.contains("runs past the end") == true)
    }
}
