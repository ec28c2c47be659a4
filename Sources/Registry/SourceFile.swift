import Foundation
import LibXML
#if canImport(Glibc)
import Glibc
/// POSIX `read`, named apart from `SourceFile.read`.
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
/// POSIX `read`, named apart from `SourceFile.read`.
private let systemRead = Darwin.read
#endif

/// Reads a source file for ingest with one `open`, `fstat` and `read` loop: no URL or file-manager objects per
/// file (ingest reads thousands), and an oversized file is refused from its size before anything is read.
enum SourceFile {
    /// The largest file ingest reads: the XML parser's own limit (one number, so the two cannot drift apart).
    static let maxBytes = XMLParseLimits.default.maxBytes

    /// The file's bytes, or the reason it cannot be read, as a sentence for the ingest report.
    static func read(_ path: String) -> Result<Data, RegistryError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(.unusableDocument(path: path, reason: code == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(code)))"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .failure(.unusableDocument(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))"))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.unusableDocument(path: path, reason: "no such file")) }
        let size = Int(status.st_size)
        if size > maxBytes {
            return .failure(.unusableDocument(path: path, reason: "it is \(size) bytes; ingest reads files of at most \(maxBytes) bytes"))
        }
        // Read into uninitialized memory, which the Data then owns: zero-filling first costs a pass over the file.
        guard size > 0 else { return .success(Data()) }
        guard let base = malloc(size) else {
            return .failure(.unusableDocument(path: path, reason: "cannot be read: no memory for \(size) bytes"))
        }
        var filled = 0
        while filled < size {
            let count = systemRead(descriptor, base + filled, size - filled)
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(base)
                return .failure(.unusableDocument(path: path, reason: "cannot be read: \(String(cString: strerror(code)))"))
            }
            if count == 0 { break }
            filled += count
        }
        // A file that shrank while being read is taken as it is now.
        let data = Data(bytesNoCopy: base, count: filled, deallocator: .free)
        return .success(data)
    }
}
