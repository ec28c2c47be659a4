import ArgumentParser
import Foundation
import Publisher
import Registry

/// `qonun publish`: the registry as a static site.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the registry to a static site (XSLT): acts, versions, changes, indexes, feeds, search.",
        discussion: """
        Consultations are listed at consultations/index.html; the report of each closed consultation \
        (comments by stance with an SVG chart, dispositions, the change made in the next version) is \
        published at consultations/ID/report.html.

        Paths mirror FRBR URIs: /akn/uz/act/2015-12-09/demo-egov/ is the work page, .../uzb@2019-10-01/ an \
        expression (index.html, data.xml, changes.html). Each stylesheet is compiled once, pages render on all \
        cores, every file is written to a temporary file and renamed, and only files whose content changed are \
        written: a second publish with nothing changed writes nothing. Files no longer produced are removed.

        The static search index is built with Pagefind (PyPI pagefind-bin) when a Python with the pagefind \
        package is found: $QONUN_PAGEFIND_PYTHON, else ./.venv/bin/python (make run installs it). Without it, \
        publish says so and the site still works.

        Prints: pages written N, unchanged N, removed N in S s.

        Examples:
          qonun publish --out public
          qonun publish --db /srv/qonun.sqlite --out /var/www/qonun --base-url https://qonun.example.uz/
        """
    )

    @OptionGroup var registry: RegistryOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The site's public address, for feeds and the sitemap.", valueName: "url"))
    var baseURL = "http://127.0.0.1:8080/"

    @Option(name: .long, help: ArgumentHelp("The XSLT stylesheets folder.", valueName: "dir"))
    var stylesheets = "stylesheets"

    @Option(name: .long, help: ArgumentHelp("The static assets folder copied into the site.", valueName: "dir"))
    var assets = "site"

    @Flag(name: .long, help: "Print the report as JSON: {written: [paths], unchanged, removed: [paths], seconds, searchIndex}.")
    var json = false

    func validate() throws {
        guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
            throw ValidationError("--base-url must be an http:// or https:// address, for example https://qonun.example.uz/.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: stylesheets, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("The stylesheets folder '\(stylesheets)' does not exist; run from the Qonun checkout or pass --stylesheets.")
        }
    }

    func run() throws {
        let store = try registry.open(command: "publish")
        let consultations = try registry.openConsultations(command: "publish")
        let environment = ProcessInfo.processInfo.environment
        let python = environment["QONUN_PAGEFIND_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? ".venv/bin/python"
        let root = URL(fileURLWithPath: stylesheets).deletingLastPathComponent()
        let options = Publisher.Options(
            output: URL(fileURLWithPath: out), stylesheets: URL(fileURLWithPath: stylesheets), assets: URL(fileURLWithPath: assets),
            baseURL: baseURL, pagefindPython: python, pagefindScript: root.appendingPathComponent("scripts/pagefind_index.py"))
        let meter = Progress.onTerminal(label: "publish")
        var update: (@Sendable (Int, Int) -> Void)?
        if let meter { update = { done, total in meter.update(done, total) } }
        do {
            let report = try Publisher(registry: store, options: options, consultations: consultations).publish(progress: update)
            meter?.finish()
            if json { try printJSON(report); return }
            print(report.searchIndex)
            print(report.summary)
        } catch let error as PublishError {
            meter?.finish()
            printError("qonun publish: \(error.description)")
            throw ExitCode(1)
        }
    }
}
