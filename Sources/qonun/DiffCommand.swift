import ArgumentParser
import Foundation
import Registry

/// `qonun diff`: what changed between two versions.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two expressions: provisions added, removed, changed (word by word) and renumbered.",
        discussion: """
        Provisions are aligned by eId, then by identical content where eIds changed. A changed provision's \
        number, heading and text are compared word by word; added and removed list the topmost provision of \
        each subtree. Append ~eId to both URIs to compare one provision's subtree.

        Examples:
          qonun diff /akn/uz/act/2015-12-09/demo-egov/uzb@2015-12-09 /akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01
          qonun diff --json /akn/uz/act/2015-12-09/demo-egov/rus@2015-12-09 /akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01
        """
    )

    @OptionGroup var registry: RegistryOptions

    @Argument(help: "The older expression URI.")
    var old: String

    @Argument(help: "The newer expression URI.")
    var new: String

    @Flag(name: .long, help: "Print {\"added\": [eId], \"removed\": [...], \"changed\": [{eId, ops}], \"renumbered\": [...]}.")
    var json = false

    func run() throws {
        let store = try registry.open(command: "diff")
        do {
            let diff = try store.diff(old, new)
            if json { try printJSON(diff); return }
            print("\(diff.from) → \(diff.to)")
            if diff.isEmpty { print("no differences"); return }
            for eId in diff.added { print("+ added \(eId)") }
            for eId in diff.removed { print("- removed \(eId)") }
            for item in diff.renumbered { print("~ renumbered \(item.from) (\(item.fromNum ?? "-")) → \(item.to) (\(item.toNum ?? "-"))") }
            for change in diff.changed {
                let rendered = change.ops.map { op -> String in
                    switch op.op {
                    case .equal: return op.text
                    case .insert: return "{+\(op.text)+}"
                    case .delete: return "[-\(op.text)-]"
                    }
                }.joined(separator: " ")
                print("* changed \(change.eId): \(rendered)")
            }
        } catch let error as RegistryError {
            throw fail("diff", error)
        }
    }
}
