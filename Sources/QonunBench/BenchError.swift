/// Why a benchmark command failed.
enum BenchError: Error, CustomStringConvertible {
    /// The command line is wrong; the text says how.
    case usage(String)
    /// A file could not be read or written.
    case io(String)
    /// A benchmark step failed.
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message): "usage: \(message)"
        case .io(let message): message
        case .failed(let message): message
        }
    }
}
