import LibXML

/// Checks the Akoma Ntoso schema cannot express: eIds unique per document (each attached or collected
/// document being a scope of its own), FRBR identification complete and consistent with its URIs.
public struct StructureChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// Every structural and FRBR problem of the document and its components.
    public func check(_ document: AKNDocument) -> [ValidationIssue] {
        var issues = duplicateEIds(in: document.node)
        issues += FRBRConsistency(document: document).issues()
        for component in document.components {
            if let nested = component.document {
                issues += FRBRConsistency(document: nested, isComponent: true).issues()
            }
        }
        return issues.sorted { ($0.line, $0.message) < ($1.line, $1.message) }
    }

    /// Duplicate eIds within the scope of `root`; nested documents are checked as scopes of their own.
    func duplicateEIds(in root: XMLNode) -> [ValidationIssue] {
        var firstLine: [String: Int] = [:]
        var issues: [ValidationIssue] = []
        var nestedRoots: [XMLNode] = []
        func visit(_ node: XMLNode) {
            for child in node.elements {
                if AKN.documentElements.contains(child.name) {
                    nestedRoots.append(child)
                    continue
                }
                if let eId = child.attribute("eId") {
                    if let first = firstLine[eId] {
                        issues.append(ValidationIssue(line: child.line,
                                                      message: "duplicate eId '\(eId)' on <\(child.name)> (first used on line \(first))",
                                                      kind: .structure))
                    } else {
                        firstLine[eId] = child.line
                    }
                }
                visit(child)
            }
        }
        visit(root)
        for nested in nestedRoots { issues += duplicateEIds(in: nested) }
        return issues
    }
}
