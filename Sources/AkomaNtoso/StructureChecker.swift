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
        var issues: [ValidationIssue] = []
        var nestedRoots: [XMLNode] = []
        if !duplicateASCIIEIds(in: root, issues: &issues, nestedRoots: &nestedRoots) {
            issues = []
            nestedRoots = []
            duplicateEIdsAsStrings(in: root, issues: &issues, nestedRoots: &nestedRoots)
        }
        for nested in nestedRoots { issues += duplicateEIds(in: nested) }
        return issues
    }

    /// Compares eIds by their bytes, which is how Strings compare when every eId is ASCII (as eIds are);
    /// false, with a partial answer, when an eId of the scope is not.
    private func duplicateASCIIEIds(in root: XMLNode, issues: inout [ValidationIssue], nestedRoots: inout [XMLNode]) -> Bool {
        var seen = XMLAttributeValueSet(attribute: "eId")
        func visit(_ node: XMLNode) -> Bool {
            var decided = true
            _ = node.firstElement { child in
                if ElementClass.of(child).contains(.document) {
                    nestedRoots.append(child)
                    return false
                }
                switch seen.insert(child) {
                case .undecided:
                    decided = false
                    return true
                case .repeated(let first):
                    let eId = child.attribute("eId") ?? ""
                    issues.append(ValidationIssue(line: child.line,
                                                  message: "duplicate eId '\(eId)' on <\(child.name)> (first used on line \(first.line))",
                                                  kind: .structure))
                case .absent, .new:
                    break
                }
                decided = visit(child)
                return !decided
            }
            return decided
        }
        return visit(root)
    }

    /// The String comparison, for scopes with eIds that are not ASCII.
    private func duplicateEIdsAsStrings(in root: XMLNode, issues: inout [ValidationIssue], nestedRoots: inout [XMLNode]) {
        var firstLine: [String: Int] = [:]
        func visit(_ node: XMLNode) {
            node.forEachElement { child in
                if ElementClass.of(child).contains(.document) {
                    nestedRoots.append(child)
                    return
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
    }
}
