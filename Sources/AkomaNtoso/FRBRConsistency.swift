import Foundation

/// Checks one document's FRBR identification: every required part present and non-empty, URIs that
/// follow the naming convention agree with the FRBR elements and with each other.
struct FRBRConsistency {
    let document: AKNDocument
    /// Attached documents usually carry their parent's work URI, so their own type is not compared with it.
    var isComponent = false

    func issues() -> [ValidationIssue] {
        guard let identity = document.identity else {
            return [ValidationIssue(line: document.node.line, message: "<\(document.type)> has no meta/identification (FRBR work, expression, manifestation)", kind: .frbr)]
        }
        var issues: [ValidationIssue] = []
        issues += missing(identity.work, level: "FRBRWork",
                          required: [("FRBRthis", \.this), ("FRBRuri", \.uri), ("FRBRdate", \.date), ("FRBRauthor", \.author), ("FRBRcountry", \.country)])
        issues += missing(identity.expression, level: "FRBRExpression",
                          required: [("FRBRthis", \.this), ("FRBRuri", \.uri), ("FRBRdate", \.date), ("FRBRauthor", \.author)])
        if identity.expression.languages.isEmpty {
            issues.append(issue(identity.expression, "FRBRExpression has no FRBRlanguage"))
        }
        issues += missing(identity.manifestation, level: "FRBRManifestation",
                          required: [("FRBRthis", \.this), ("FRBRuri", \.uri), ("FRBRdate", \.date), ("FRBRauthor", \.author)])
        issues += uriConsistency(identity)
        return issues
    }

    private func issue(_ level: FRBRLevel, _ message: String, at element: String? = nil) -> ValidationIssue {
        ValidationIssue(line: element.map { level.line(of: $0) } ?? level.line, message: message, kind: .frbr)
    }

    private func missing(_ level: FRBRLevel, level name: String, required: [(String, KeyPath<FRBRLevel, String?>)]) -> [ValidationIssue] {
        required.compactMap { element, path in
            guard let value = level[keyPath: path] else { return issue(level, "\(name) has no \(element)") }
            return HorizontalSpace.isBlank(value) ? issue(level, "\(name)/\(element) is empty", at: element) : nil
        }
    }

    private func uriConsistency(_ identity: FRBRIdentity) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let work = identity.work, expression = identity.expression, manifestation = identity.manifestation
        guard let workText = work.uri, !workText.isEmpty else { return issues }

        var parsedWork: FRBRURI?
        if workText.hasPrefix("/akn/") {
            do {
                parsedWork = try FRBRURI(parsing: workText)
            } catch {
                issues.append(issue(work, "FRBRWork/FRBRuri \(error.description)", at: "FRBRuri"))
            }
        }
        if let parsed = parsedWork {
            if parsed.isExpression || parsed.component != nil || parsed.portion != nil {
                issues.append(issue(work, "FRBRWork/FRBRuri '\(workText)' is not a work URI (it has an expression, component or portion)", at: "FRBRuri"))
            }
            if let country = work.country, !country.isEmpty {
                let uriCountry = parsed.locality.map { "\(parsed.country)-\($0)" } ?? parsed.country
                if country.lowercased() != uriCountry.lowercased() && country.lowercased() != parsed.country {
                    issues.append(issue(work, "FRBRcountry '\(country)' does not match the country '\(uriCountry)' of FRBRuri '\(workText)'", at: "FRBRcountry"))
                }
            }
            let element = document.type.rawValue
            if !isComponent, parsed.docType != element, parsed.docType != document.name {
                issues.append(issue(work, "FRBRuri '\(workText)' names the document type '\(parsed.docType)' but the document is <\(element)\(document.name.map { " name=\"\($0)\"" } ?? "")>", at: "FRBRuri"))
            }
            if let number = work.number, !number.isEmpty, let uriNumber = parsed.number, !uriNumber.contains(number) {
                issues.append(issue(work, "FRBRnumber '\(number)' does not appear in the number '\(uriNumber)' of FRBRuri '\(workText)'", at: "FRBRnumber"))
            }
        }
        if let this = work.this, !this.isEmpty, !this.hasPrefix(workText) {
            issues.append(issue(work, "FRBRWork/FRBRthis '\(this)' does not start with FRBRuri '\(workText)'", at: "FRBRthis"))
        }

        guard let expressionText = expression.uri, !expressionText.isEmpty else { return issues }
        if let parsedWork {
            do {
                let parsed = try FRBRURI(parsing: expressionText)
                if parsed.work != parsedWork.work {
                    issues.append(issue(expression, "FRBRExpression/FRBRuri '\(expressionText)' is not an expression of the work '\(workText)'", at: "FRBRuri"))
                }
                if let language = parsed.language {
                    let declared = expression.languages
                    if !declared.isEmpty, !declared.contains(language) {
                        issues.append(issue(expression, "FRBRlanguage '\(declared.joined(separator: ","))' does not match the language '\(language)' of FRBRuri '\(expressionText)'", at: "FRBRlanguage"))
                    }
                } else {
                    issues.append(issue(expression, "FRBRExpression/FRBRuri '\(expressionText)' has no language (expected .../{lang}@{date})", at: "FRBRuri"))
                }
            } catch {
                issues.append(issue(expression, "FRBRExpression/FRBRuri \(error.description)", at: "FRBRuri"))
            }
        }
        if let this = expression.this, !this.isEmpty, !this.hasPrefix(expressionText) {
            issues.append(issue(expression, "FRBRExpression/FRBRthis '\(this)' does not start with FRBRuri '\(expressionText)'", at: "FRBRthis"))
        }
        if let manifestationText = manifestation.uri, !manifestationText.isEmpty, parsedWork != nil,
           !manifestationText.hasPrefix(expressionText) {
            issues.append(issue(manifestation, "FRBRManifestation/FRBRuri '\(manifestationText)' does not start with the expression URI '\(expressionText)'", at: "FRBRuri"))
        }
        return issues
    }
}
