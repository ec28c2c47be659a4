import AkomaNtoso
import ArgumentParser
import Foundation

/// `qonun inspect`: what Qonun reads from an Akoma Ntoso file.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what Qonun reads from Akoma Ntoso files: identity, title, language, provision counts, lifecycle.",
        discussion: """
        Use it to list a folder of acts or to see the provision tree of one.

        Examples:
          qonun inspect corpus/
          qonun inspect --outline corpus/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01.xml
          qonun inspect --json ../shared/akn/samples/it_senato_ddl_2013.xml
        """
    )

    @Flag(name: .long, help: "Also print the provision tree (num, heading, eId).")
    var outline = false

    @Flag(name: .long, help: "Print JSON, one object per file.")
    var json = false

    @Argument(help: ArgumentHelp("Akoma Ntoso files or folders.", valueName: "file"))
    var files: [String]

    func run() throws {
        let paths = try InputFiles.expand(files, extensions: ["xml"])
        var summaries: [DocumentSummary] = []
        var failed = false
        for path in paths {
            do {
                let document = try AKNDocument(path: path)
                let summary = DocumentSummary(file: path, document: document)
                summaries.append(summary)
                if !json {
                    print(summary.text)
                    if outline { print(Inspect.outline(document.provisions, depth: 1), terminator: "") }
                }
            } catch {
                failed = true
                printError("qonun inspect: \(path): \(error)")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
        }
        if failed { throw ExitCode(2) }
    }

    static func outline(_ provisions: [Provision], depth: Int) -> String {
        var text = ""
        for provision in provisions {
            let label = [provision.num, provision.heading].compactMap { $0 }.joined(separator: " ")
            let marks = (provision.isQuoted ? " [quoted]" : "") + (provision.status.map { " [\($0)]" } ?? "")
            text += String(repeating: "  ", count: depth) + "\(provision.kind) \(provision.eId ?? "-")  \(label)\(marks)\n"
            text += outline(provision.children, depth: depth + 1)
        }
        return text
    }
}

/// The facts `inspect` reports about one file.
struct DocumentSummary: Codable {
    var file: String
    var type: String
    var work: String?
    var expression: String?
    var title: String?
    var language: String?
    var script: String?
    var counts: [String: Int]
    var lifecycle: [LifecycleEvent]
    var components: Int

    init(file: String, document: AKNDocument) {
        self.file = file
        type = document.type.rawValue
        work = document.identity?.work.uri
        expression = document.identity?.expression.uri
        title = document.title
        language = document.language
        script = document.script
        var counts: [String: Int] = [:]
        for provision in document.allProvisions where !provision.isQuoted { counts[provision.kind, default: 0] += 1 }
        self.counts = counts
        lifecycle = document.lifecycle
        components = document.components.count
    }

    var text: String {
        let tally = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let events = lifecycle.map { "\($0.date) \($0.type)" + ($0.sourceHref.map { " by \($0)" } ?? "") }.joined(separator: "; ")
        var lines = ["\(file)",
                     "  \(type)  \(expression ?? work ?? "(no FRBR identification)")",
                     "  title: \(title ?? "-")",
                     "  language: \(language ?? "-")\(script.map { " (\($0))" } ?? "")",
                     "  provisions: \(tally.isEmpty ? "none" : tally)"]
        if !events.isEmpty { lines.append("  lifecycle: \(events)") }
        if components > 0 { lines.append("  components: \(components)") }
        return lines.joined(separator: "\n")
    }
}
