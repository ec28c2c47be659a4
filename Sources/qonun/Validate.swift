import AkomaNtoso
import ArgumentParser
import Foundation
import LibXML

/// `qonun validate`: structural checks and, with a schema, XSD validation of Akoma Ntoso files.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check Akoma Ntoso files: structure always, the official XML Schema when one is given.",
        discussion: """
        Structural checks: duplicate eIds within a document (each attachment or collection component is a \
        scope of its own), missing FRBR parts, FRBR URIs that do not follow the naming convention or \
        contradict FRBRcountry, FRBRlanguage and the document type. XML is parsed safely: entity \
        declarations (XXE, expansion bombs), nesting deeper than 200 levels, files over 64 MiB and invalid \
        UTF-8 are refused.

        Prints one line per file: "OK path" or "INVALID path:line: reason". Folders are searched for *.xml.
        Exit status: 0 all valid, 1 some invalid, 2 some unreadable, not well-formed or hostile.

        Examples:
          qonun validate corpus/
          qonun validate --schema ../shared/akn/schema/akomantoso30.xsd --json act.xml
          QONUN_AKN_SCHEMA=../shared/akn/schema/akomantoso30.xsd qonun validate *.xml
        """
    )

    @Option(name: .long, help: ArgumentHelp("The Akoma Ntoso XSD (akomantoso30.xsd). Default: $QONUN_AKN_SCHEMA.", valueName: "path"))
    var schema: String?

    @Flag(name: .long, help: "Print a JSON array: [{file, schemaValid, structureValid, errors: [{line, message, kind}]}].")
    var json = false

    @Argument(help: ArgumentHelp("Akoma Ntoso files or folders.", valueName: "file"))
    var files: [String]

    func run() throws {
        let schemaPath = schema ?? ProcessInfo.processInfo.environment["QONUN_AKN_SCHEMA"].flatMap { $0.isEmpty ? nil : $0 }
        var compiled: XMLSchema?
        if let schemaPath {
            do {
                compiled = try XMLSchema(path: schemaPath)
            } catch {
                printError("qonun validate: the schema \(error.description)")
                throw ExitCode(2)
            }
        }
        let paths = try InputFiles.expand(files, extensions: ["xml"])
        let validator = AKNValidator(schema: compiled)
        let reports = parallelMap(paths) { validator.validate(path: $0) }

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            print(String(decoding: try encoder.encode(reports), as: UTF8.self))
        } else {
            for report in reports { print(Validate.line(for: report)) }
        }
        if reports.contains(where: \.isFatal) { throw ExitCode(2) }
        if reports.contains(where: { !$0.isValid }) { throw ExitCode(1) }
    }

    /// `OK path` or `INVALID path:line: reason (+N more)`.
    static func line(for report: ValidationReport) -> String {
        guard !report.isValid, let first = report.errors.first else { return "OK \(report.file)" }
        let more = report.errors.count > 1 ? " (+\(report.errors.count - 1) more)" : ""
        return "INVALID \(report.file):\(first.line): \(first.kind.rawValue): \(first.message)\(more)"
    }
}
