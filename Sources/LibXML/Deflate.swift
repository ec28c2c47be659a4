public import Foundation
internal import CLibXML2

/// zlib compression for stored documents (zlib is part of libxml2's stack, so no other C library is added).
public enum Deflate {
    /// Why stored bytes could not be inflated.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// zlib's status code.
        public let status: Int32
        /// The size the caller expected.
        public let expectedSize: Int

        public var description: String {
            "the stored document is damaged: zlib could not inflate it to \(expectedSize) bytes (status \(status))"
        }
    }

    /// The zlib stream of `data` at `level` (1 fastest ... 9 smallest); nil if zlib refuses (out of memory).
    public static func compress(_ data: Data, level: Int32 = 1) -> Data? {
        var capacity = compressBound(uLong(data.count))
        var output = Data(count: Int(capacity))
        let status = output.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                compress2(target.bindMemory(to: Bytef.self).baseAddress, &capacity,
                          source.bindMemory(to: Bytef.self).baseAddress, uLong(data.count), level)
            }
        }
        guard status == Z_OK else { return nil }
        output.count = Int(capacity)
        return output
    }

    /// Inflates a zlib stream that must give exactly `size` bytes.
    public static func decompress(_ data: Data, size: Int) throws(Failure) -> Data {
        var produced = uLong(size)
        var output = Data(count: size)
        let status = output.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                uncompress(target.bindMemory(to: Bytef.self).baseAddress, &produced,
                           source.bindMemory(to: Bytef.self).baseAddress, uLong(data.count))
            }
        }
        guard status == Z_OK, Int(produced) == size else { throw Failure(status: status, expectedSize: size) }
        return output
    }
}
