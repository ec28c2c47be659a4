import ArgumentParser
import Consultation
import Foundation
import Registry

/// `qonun consultation`: comment periods on drafts.
struct ConsultationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consultation",
        abstract: "Open, list and close public consultations on draft laws.",
        subcommands: [Open.self, List.self, Close.self]
    )

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a comment period on a draft expression (prints the consultation id).",
            discussion: """
            The draft must be in the registry (qonun ingest). Comments are accepted from --opens until --closes \
            (closing is automatic). With --consultation ID the draft version becomes the new version of that \
            consultation: comments carry over, marked "provision changed since this comment" or "provision \
            removed" where their provision changed. Times: 2026-11-25T09:00:00Z, 2026-11-25, now, +30d.

            Examples:
              qonun consultation open /akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02 --opens now --closes +30d --body "Ministry of Digital Technologies"
              qonun consultation open /akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-20 --opens now --closes +14d --consultation 1
            """
        )

        @OptionGroup var registry: RegistryOptions
        @Argument(help: "The draft's expression URI.") var draft: String
        @Option(help: "When comments open.") var opens: String
        @Option(help: "When comments close.") var closes: String
        @Option(help: "The drafting body.") var body: String?
        @Option(help: "Add this draft version to an existing consultation.") var consultation: Int64?
        @Flag(help: "If a consultation on this draft version is already open or scheduled, print its id instead of opening another.")
        var reuse = false

        func run() throws {
            let store = try registry.openConsultations(command: "consultation open")
            let opensAt = try parseInstant(opens, option: "--opens"), closesAt = try parseInstant(closes, option: "--closes")
            do {
                if reuse, let existing = try store.consultations().first(where: { $0.expression == draft && $0.state != .closed }) {
                    print(existing.id)
                    return
                }
                let opened = try store.open(draft: draft, opens: opensAt, closes: closesAt, body: body, consultationId: consultation)
                print(opened.id)
            } catch {
                throw fail("consultation open", error)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List consultations with their state and comment counts.",
            discussion: "Examples:\n  qonun consultation list --json"
        )
        @OptionGroup var registry: RegistryOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let store = try registry.openConsultations(command: "consultation list")
            do {
                let all = try store.consultations()
                if json { try printJSON(all); return }
                if all.isEmpty { print("no consultations") }
                for item in all {
                    print("\(item.id)\t\(item.state.rawValue)\t\(item.opensAt) – \(item.closesAt)\t\(item.comments) comments\t\(item.expression)\t\(item.title)")
                }
            } catch let error as ConsultationError {
                throw fail("consultation list", error)
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a consultation now (it also closes by itself at its closing time).",
            discussion: "Examples:\n  qonun consultation close 1"
        )
        @OptionGroup var registry: RegistryOptions
        @Argument(help: "The consultation id.") var id: Int64

        func run() throws {
            let store = try registry.openConsultations(command: "consultation close")
            do {
                let closed = try store.close(id)
                print("consultation \(closed.id) closed at \(closed.closedAt ?? closed.closesAt)")
            } catch {
                throw fail("consultation close", error)
            }
        }
    }
}
