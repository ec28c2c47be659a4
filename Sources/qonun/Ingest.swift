import AkomaNtoso
import ArgumentParser
import Foundation
import LibXML
import Registry

/// `qonun ingest`: put Akoma Ntoso files into the registry.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load Akoma Ntoso files, official text files and folders into the registry.",
        discussion: """
        Each expression is stored once: re-ingesting an unchanged file writes nothing, a changed file replaces \
        its expression atomically (same FRBR expression URI, new content). A file that cannot be read, is \
        hostile or malformed, or lacks FRBR identification is reported with its reason and skipped; the rest \
        go in. Official plain-text acts (*.txt, as published on lex.uz) are converted with the text importer \
        first, each work named from its signature (/akn/uz/act/{date}/{number}). Schema-invalid files are indexed leniently unless --strict is given (which needs the schema: \
        --schema or $QONUN_AKN_SCHEMA).

        Prints a summary line: expressions added, replaced, unchanged, skipped; provisions indexed.
        Exit status: 0 when every file went in (or was unchanged), 1 when some were skipped, 2 when the \
        registry cannot be opened.

        Examples:
          qonun ingest corpus/
          qonun ingest --db /srv/qonun.sqlite --strict --schema ../shared/akn/schema/akomantoso30.xsd acts/
          qonun ingest --json ../shared/akn/samples/
          qonun ingest ../shared/lexuz/
        """
    )

    @OptionGroup var registry: RegistryOptions

    @Flag(name: .long, help: "Refuse files that are not valid against the official schema.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("The Akoma Ntoso XSD. Default: $QONUN_AKN_SCHEMA.", valueName: "path"))
    var schema: String?

    @Flag(name: .long, help: "Print a JSON report: {added, replaced, unchanged, skipped, provisionsIndexed, files: [...]}.")
    var json = false

    @Argument(help: ArgumentHelp("Akoma Ntoso files (*.xml), official texts (*.txt) or folders.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let schemaPath = schema ?? ProcessInfo.processInfo.environment["QONUN_AKN_SCHEMA"].flatMap { $0.isEmpty ? nil : $0 }
        if strict && schemaPath == nil {
            throw ValidationError("--strict needs the official schema: pass --schema PATH or set QONUN_AKN_SCHEMA.")
        }
        var compiled: XMLSchema?
        if let schemaPath {
            do { compiled = try XMLSchema(path: schemaPath) } catch {
                printError("qonun ingest: the schema \(error.description)")
                throw ExitCode(2)
            }
        }
        let store = try registry.open(command: "ingest")
        let files = try InputFiles.expand(paths, extensions: ["xml", "txt"])
        let meter = Progress.onTerminal(label: "ingest")
        var update: (@Sendable (Int, Int) -> Void)?
        if let meter { update = { done, total in meter.update(done, total) } }
        let report = Ingester(registry: store, schema: compiled, strict: strict, converter: TextConversion.converter).ingest(paths: files, progress: update)
        meter?.finish()
        if json {
            try printJSON(report)
        } else {
            for file in report.files where file.outcome == .skipped {
                print("skipped \(file.path): \(file.message ?? "unknown reason")")
            }
            for file in report.files where file.outcome != .skipped && file.message != nil {
                print("warning \(file.path): \(file.message ?? "")")
            }
            print(report.summary)
        }
        if report.skipped > 0 { throw ExitCode(1) }
    }
}
