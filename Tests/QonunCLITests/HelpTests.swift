import Testing
import TestSupport

/// `qonun --help` explains every command with an example.
@Suite struct HelpTests {
    @Test func topLevelHelpListsTheCommands() throws {
        let result = try CommandRunner.qonun(["--help"])
        #expect(result.status == 0)
        for command in ["validate", "inspect", "import-text", "ingest", "search", "show", "history", "diff"] {
            #expect(result.stdout.contains("  \(command)"), "help lists \(command)")
        }
    }

    @Test(arguments: ["validate", "inspect", "ingest", "search", "show", "history", "diff", "import-text"])
    func eachCommandsHelpHasAnExample(_ command: String) throws {
        let result = try CommandRunner.qonun([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("qonun \(command) "))
    }
}
