import ArgumentParser
import Foundation
import Registry

/// `qonun search`: full-text search of the registry.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the provisions of the registry, in any language and script.",
        discussion: """
        Words must all match; "quoted phrases" match in order; prefix* matches the start of words; OR between \
        two terms matches either; -word excludes. Uzbek apostrophes in any spelling (o'zbekiston, oʻzbekiston, \
        o‘zbekiston, o’zbekiston) match alike, a query in Uzbek Cyrillic finds Latin-script text and the \
        reverse, and Russian ё matches е. Results are ranked by bm25, headings weighing more than text.

        By default only the version of each work in force today is searched; --as-of searches the versions \
        in force on that day, --all-versions every version.

        Examples:
          qonun search "yagona darcha"
          qonun search "электрон ҳукумат" --lang uzb
          qonun search 'кибератак* OR cyber*' --as-of 2016-01-01 --json
          qonun search personal data -consent --type act --limit 5
        """
    )

    @OptionGroup var registry: RegistryOptions

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What to search for (words, \"phrases\", prefix*, OR, -excluded).", valueName: "query"))
    var words: [String]

    /// The words as one query: `qonun search elektron -portal` needs no quoting.
    var query: String { words.joined(separator: " ") }

    @Option(name: .long, help: ArgumentHelp("Search the versions in force on this day.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(name: .long, help: "Search every version of every work.")
    var allVersions = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("Only this language (uzb, rus, eng...).", valueName: "L"))
    var language: String?

    @Option(name: .customLong("type"), help: ArgumentHelp("Only this document type (act, bill...).", valueName: "T"))
    var docType: String?

    @Option(name: .long, help: "At most this many results.")
    var limit = 20

    @Flag(name: .long, help: "Print {\"total\": N, \"results\": [{work, expression, eId, title, heading, snippet, rank}]}.")
    var json = false

    func validate() throws {
        if words.isEmpty { throw ValidationError("Give something to search for, for example: qonun search \"yagona darcha\".") }
        if limit < 1 || limit > 1000 { throw ValidationError("--limit must be between 1 and 1000.") }
        if asOf != nil && allVersions { throw ValidationError("--as-of and --all-versions cannot be combined.") }
    }

    func run() throws {
        let store = try registry.open(command: "search")
        do {
            let results = try store.search(query, options: SearchOptions(asOf: asOf, allVersions: allVersions, language: language,
                                                                        docType: docType, limit: limit))
            if json { try printJSON(results); return }
            print("\(results.total) matching provision\(results.total == 1 ? "" : "s")")
            for result in results.results {
                print("")
                print("\(result.expression)~\(result.eId ?? "")  \(result.heading ?? "")")
                if let title = result.title { print("  \(title)") }
                print("  " + SearchCommand.terminalSnippet(result.snippet))
            }
        } catch let error as RegistryError {
            throw fail("search", error)
        }
    }

    /// The HTML snippet for a terminal: marks as [ ], entities decoded.
    static func terminalSnippet(_ html: String) -> String {
        html.replacingOccurrences(of: "<mark>", with: "[").replacingOccurrences(of: "</mark>", with: "]")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
