import Foundation

/// A one-line progress meter on standard error, shown only when standard error is a terminal
/// (never in pipes, files or logs).
final class Progress: Sendable {
    let label: String

    private init(label: String) { self.label = label }

    /// A meter when stderr is a terminal, else nil.
    static func onTerminal(label: String) -> Progress? {
        isatty(STDERR_FILENO) == 1 ? Progress(label: label) : nil
    }

    func update(_ done: Int, _ total: Int) {
        guard total > 0, done == total || done % 10 == 0 else { return }
        let percent = done * 100 / total
        FileHandle.standardError.write(Data("\r\(label): \(done)/\(total) (\(percent)%)".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
