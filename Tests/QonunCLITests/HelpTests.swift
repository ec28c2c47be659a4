import Testing
import TestSupport

/// `qonun --help` explains every command with an example.
@Suite struct HelpTests {
    @Test func topLevelHelpListsTheCommands() throws {
        let result = try CommandRunner.qonun(["--help"])
        #expect(result.status == 0)
        for command in ["validate", "inspect", "import-text", "ingest", "search", "show", "history", "diff", "publish", "serve",
                        "user", "consultation", "export", "audit", "backup", "restore"] {
            #expect(result.stdout.contains("  \(command)"), "help lists \(command)")
        }
    }

    @Test(arguments: ["validate", "inspect", "ingest", "search", "show", "history", "diff", "import-text", "publish", "serve",
                      "user add", "consultation open", "consultation list", "consultation close", "export comments", "audit verify",
                      "backup", "restore"])
    func eachCommandsHelpHasAnExample(_ command: String) throws {
        let result = try CommandRunner.qonun(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"), "\(command)")
        #expect(result.stdout.contains("qonun \(command) "), "\(command)")
    }
}
