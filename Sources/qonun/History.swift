import ArgumentParser
import Foundation
import Registry

/// `qonun history`: every version of one provision.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every version of a provision with its dates and the amending acts.",
        discussion: """
        Follows the provision (by eId) through every version of its work in one language and prints each \
        wording once, with the day it took effect, until when it stayed, what changed (enacted, changed, \
        added, removed, repealed) and, where the documents record it, the amending act.

        Examples:
          qonun history /akn/uz/act/2015-12-09/demo-egov~art_5
          qonun history /akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01~art_12 --json
        """
    )

    @OptionGroup var registry: RegistryOptions

    @Argument(help: "A provision URI: WORK_OR_EXPRESSION~eId.")
    var uri: String

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language to follow (default: Uzbek, Russian, English).", valueName: "L"))
    var language: String?

    @Flag(name: .long, help: "Print JSON: {work, eId, language, versions: [{expression, from, until, change, text, amendedBy}]}.")
    var json = false

    func run() throws {
        let store = try registry.open(command: "history")
        do {
            let history = try store.history(uri, language: language)
            if json { try printJSON(history); return }
            print("\(history.work)~\(history.eId) (\(history.language))")
            for version in history.versions {
                let span = "\(version.from) – \(version.until ?? "today")"
                let by = version.amendedBy.isEmpty ? "" : "  by \(version.amendedBy.joined(separator: ", "))"
                print("\n\(span)  \(version.change)\(by)\n  \(version.expression)")
                for line in version.text.split(separator: "\n") { print("  | \(line)") }
            }
        } catch let error as RegistryError {
            throw fail("history", error)
        }
    }
}
