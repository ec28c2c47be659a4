import ArgumentParser
import Foundation
import Registry

/// The `--db` option shared by every command that reads or writes the registry.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The registry database. Default: $QONUN_DB, else ./qonun.sqlite.", valueName: "path"))
    var db: String?

    var path: String { db ?? Registry.defaultPath }

    /// Opens the registry, or prints why not and exits 2.
    func open(command: String) throws -> Registry {
        do {
            return try Registry(path: path)
        } catch {
            printError("qonun \(command): \(error.description)")
            throw ExitCode(2)
        }
    }
}

/// Encodes a value as pretty JSON for standard output.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Reports a registry error the way every command does: one sentence on stderr, exit 1.
func fail(_ command: String, _ error: RegistryError) -> ExitCode {
    printError("qonun \(command): \(error.description)")
    switch error {
    case .cannotOpen, .database: return ExitCode(2)
    default: return ExitCode(1)
    }
}
