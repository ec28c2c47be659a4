import ArgumentParser
import Consultation
import Foundation

/// `qonun export comments`: open data.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export consultation data as open data.",
        subcommands: [Comments.self]
    )

    struct Comments: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a consultation's visible comments as CSV or JSON (fields in FIELDS.md).",
            discussion: """
            Every comment carries a stable pseudonymous author id; no e-mail, sign-in name or address is \
            exported, and hidden comments are left out.

            Examples:
              qonun export comments --consultation 1 --format csv > comments.csv
            """
        )
        @OptionGroup var registry: RegistryOptions
        @Option(help: "The consultation id.") var consultation: Int64
        @Option(help: "csv or json.") var format: String = "csv"

        func validate() throws {
            guard format == "csv" || format == "json" else { throw ValidationError("--format must be csv or json.") }
        }

        func run() throws {
            let store = try registry.openConsultations(command: "export comments")
            do {
                let comments = try store.export(consultation)
                let data = format == "csv" ? Data(ConsultationStore.csv(comments).utf8) : ConsultationStore.json(comments) + Data("\n".utf8)
                FileHandle.standardOutput.write(data)
            } catch {
                throw fail("export comments", error)
            }
        }
    }
}
