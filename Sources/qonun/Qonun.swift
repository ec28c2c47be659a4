import ArgumentParser

/// The `qonun` command: Akoma Ntoso registry, consultation and publishing tool.
@main
struct Qonun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qonun",
        abstract: "Qonun: an open law registry and legislative consultation platform built on Akoma Ntoso.",
        discussion: """
        Qonun reads legal acts as Akoma Ntoso 3.0 XML (or official plain text), checks them, keeps every \
        version in a searchable registry, collects public comments on drafts and publishes a static site.

        Examples:
          qonun validate --schema ../shared/akn/schema/akomantoso30.xsd corpus/
          qonun inspect corpus/akn/uz/act/2015-12-09/demo-egov/uzb@2015-12-09.xml
          qonun import-text law.txt --uri /akn/uz/act/2019-07-02/orq-547 -o law.xml
          qonun ingest corpus/ && qonun search "yagona darcha"
          qonun publish --out public && qonun serve --site public --port 8080
        """,
        subcommands: [Validate.self, Inspect.self, ImportText.self, Ingest.self, SearchCommand.self, Show.self, History.self, DiffCommand.self, Publish.self, Serve.self, UserCommand.self, ConsultationCommand.self, ExportCommand.self, AuditCommand.self, Backup.self, Restore.self]
    )
}
