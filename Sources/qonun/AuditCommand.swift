import ArgumentParser
import Consultation

/// `qonun audit verify`: checks the hash chain of the audit log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the append-only audit log.",
        subcommands: [Verify.self]
    )

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify that no audit entry was edited or removed (exit 0 intact, 1 names the first bad entry).",
            discussion: "Examples:\n  qonun audit verify --db qonun.sqlite"
        )
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            let store = try registry.openConsultations(command: "audit verify")
            do {
                let result = try store.verifyAudit()
                if result.isIntact {
                    print("audit log intact: \(result.entries) entries")
                } else {
                    print("audit log broken at entry \(result.firstBadEntry ?? 0): \(result.problem ?? "")")
                    throw ExitCode(1)
                }
            } catch let error as ConsultationError {
                throw fail("audit verify", error)
            }
        }
    }
}
