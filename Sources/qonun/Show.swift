import ArgumentParser
import Foundation
import Registry

/// `qonun show`: a work, an expression or a provision, at a point in time.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a work, an expression or a provision (URI~eId) as in force on a day.",
        discussion: """
        A work URI shows the version in force on --as-of (default today) in --lang (default Uzbek, then \
        Russian, then English); an expression URI shows that version. Add ~eId for one provision. A work \
        not yet in force on that day prints "not in force on DATE" and exits 1. Repealed works and provisions \
        show their status.

        Examples:
          qonun show /akn/uz/act/2015-12-09/demo-egov~art_5 --as-of 2018-01-01
          qonun show /akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01 --json
          qonun show /akn/uz/act/2015-12-09/demo-egov --xml > current.xml
        """
    )

    @OptionGroup var registry: RegistryOptions

    @Argument(help: "A work, expression or provision URI.")
    var uri: String

    @Option(name: .long, help: ArgumentHelp("The day to show the law as in force.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the version shown (uzb, rus, eng...).", valueName: "L"))
    var language: String?

    @Flag(name: .long, help: "Print JSON with the expression, its date and the provisions.")
    var json = false

    @Flag(name: .long, help: "Print the Akoma Ntoso XML (the whole expression, or the provision's element).")
    var xml = false

    @Flag(name: .long, help: "Print plain text (the default).")
    var text = false

    func validate() throws {
        if [json, xml, text].filter({ $0 }).count > 1 { throw ValidationError("Choose one of --json, --xml and --text.") }
    }

    func run() throws {
        let store = try registry.open(command: "show")
        do {
            let shown = try store.show(uri, asOf: asOf, language: language)
            if json {
                try printJSON(ShowOutput(shown))
            } else if xml {
                let source = try store.sourceXML(of: shown.version)
                if let eId = shown.provision?.eId {
                    print(try ProvisionXML.element(eId: eId, in: source, name: shown.version.expression))
                } else {
                    FileHandle.standardOutput.write(source)
                }
            } else {
                print(Show.plainText(shown))
            }
        } catch let error as RegistryError {
            throw fail("show", error)
        }
    }

    static func plainText(_ shown: ShownVersion) -> String {
        let version = shown.version
        var lines = [version.title ?? version.work,
                     "\(version.expression)  in force from \(version.date)" + (version.validUntil.map { " until \($0)" } ?? " (current version)")]
        if version.status == "repealed" { lines.append("REPEALED" + (version.repealedOn.map { " on \($0)" } ?? "")) }
        lines.append("")
        if let provision = shown.provision {
            lines.append(provision.plainText())
        } else {
            lines.append(contentsOf: (shown.provisions ?? []).map { $0.plainText() })
        }
        return lines.joined(separator: "\n")
    }
}

/// The JSON `show` prints: the version's fields flat, with `expression` and `date` at the top.
struct ShowOutput: Encodable {
    let shown: ShownVersion
    init(_ shown: ShownVersion) { self.shown = shown }

    private enum Keys: String, CodingKey {
        case work, expression, date, validUntil, language, script, title, docType, status, repealedOn, isCurrent, provision, provisions
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let version = shown.version
        try container.encode(version.work, forKey: .work)
        try container.encode(version.expression, forKey: .expression)
        try container.encode(version.date, forKey: .date)
        try container.encode(version.validUntil, forKey: .validUntil)
        try container.encode(version.language, forKey: .language)
        try container.encodeIfPresent(version.script, forKey: .script)
        try container.encodeIfPresent(version.title, forKey: .title)
        try container.encode(version.docType, forKey: .docType)
        try container.encode(version.status, forKey: .status)
        try container.encodeIfPresent(version.repealedOn, forKey: .repealedOn)
        try container.encode(shown.isCurrent, forKey: .isCurrent)
        try container.encodeIfPresent(shown.provision, forKey: .provision)
        try container.encodeIfPresent(shown.provisions, forKey: .provisions)
    }
}
