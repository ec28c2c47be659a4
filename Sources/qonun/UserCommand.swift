import ArgumentParser
import Consultation
import Foundation

/// `qonun user`: accounts.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts (citizens, moderators, drafters, admins).",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from standard input.",
            discussion: """
            The name signs in and is never shown; the pseudonym (default: the name) is shown beside comments. \
            E-mail addresses are stored for contact only and never published or exported.

            Examples:
              printf '%s\\n' 'a long password' | qonun user add aziza --role moderator --pseudonym "Aziza M."
            """
        )
        @OptionGroup var registry: RegistryOptions
        @Argument(help: "The sign-in name (3–40 letters, digits, . _ -).") var name: String
        @Option(help: "citizen, moderator, drafter or admin.") var role: String = "citizen"
        @Option(help: "The public pseudonym.") var pseudonym: String?
        @Option(help: "A private e-mail address (never published).") var email: String?

        func validate() throws {
            guard Account.Role(rawValue: role) != nil else { throw ValidationError("--role must be citizen, moderator, drafter or admin.") }
        }

        func run() throws {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                printError("qonun user add: give the password on standard input, e.g. printf '%s\\n' 'secret password' | qonun user add \(name)")
                throw ExitCode(1)
            }
            let store = try registry.openConsultations(command: "user add")
            do {
                let account = try store.addAccount(name: name, password: line, role: Account.Role(rawValue: role) ?? .citizen, pseudonym: pseudonym, email: email)
                print("account \(account.name) (\(account.role.rawValue)) shown as \(account.pseudonym)")
            } catch {
                throw fail("user add", error)
            }
        }
    }
}
