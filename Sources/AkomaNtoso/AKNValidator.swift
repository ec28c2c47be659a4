import Foundation
public import LibXML

/// The verdict on one file: schema validity (when a schema is given), structural validity, and every issue.
public struct ValidationReport: Sendable, Codable {
    /// The file as named by the caller.
    public var file: String
    /// true/false against the official schema; nil when no schema was given or the file could not be parsed.
    public var schemaValid: Bool?
    /// True when the structural and FRBR checks found nothing.
    public var structureValid: Bool
    /// Every problem found, in line order.
    public var errors: [ValidationIssue]

    /// True when the file could not be read, was not well-formed or was refused as hostile.
    public var isFatal: Bool {
        errors.contains { [.unreadable, .hostile, .wellFormedness].contains($0.kind) }
    }

    /// True when nothing is wrong.
    public var isValid: Bool { !isFatal && structureValid && schemaValid != false }

    private enum CodingKeys: String, CodingKey { case file, schemaValid, structureValid, errors }

    /// Encodes `schemaValid` as an explicit null when no schema was used, as the JSON output promises.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(schemaValid, forKey: .schemaValid)
        try container.encode(structureValid, forKey: .structureValid)
        try container.encode(errors, forKey: .errors)
    }
}

/// Reads files safely, checks their structure and, when it has a schema, validates them against it.
public struct AKNValidator: Sendable {
    /// The compiled official schema, loaded once.
    public let schema: XMLSchema?
    /// Parse limits for each file.
    public let limits: XMLParseLimits

    /// Creates a validator; pass a schema to include XSD validation.
    public init(schema: XMLSchema?, limits: XMLParseLimits = .default) {
        self.schema = schema
        self.limits = limits
    }

    /// Validates one file.
    public func validate(path: String) -> ValidationReport {
        let xml: XMLDocument
        do {
            xml = try XMLDocument(path: path, limits: limits)
        } catch {
            return fatal(path, error)
        }
        return validate(xml, file: path)
    }

    /// Validates an already parsed document.
    public func validate(_ xml: XMLDocument, file: String) -> ValidationReport {
        var issues: [ValidationIssue] = []
        var schemaValid: Bool?
        if let schema {
            let diagnostics = schema.validate(xml)
            schemaValid = diagnostics.isEmpty
            issues += diagnostics.map { ValidationIssue(line: $0.line, message: $0.message, kind: .schema) }
        }
        let document: AKNDocument
        do {
            document = try AKNDocument(xml: xml)
        } catch {
            issues.append(ValidationIssue(line: 1, message: error.description, kind: .wellFormedness))
            return ValidationReport(file: file, schemaValid: schemaValid, structureValid: false, errors: issues)
        }
        let structural = StructureChecker().check(document)
        issues += structural
        issues.sort { $0.line < $1.line }
        return ValidationReport(file: file, schemaValid: schemaValid, structureValid: structural.isEmpty, errors: issues)
    }

    private func fatal(_ path: String, _ error: XMLError) -> ValidationReport {
        let kind: ValidationIssue.Kind
        switch error {
        case .unreadable: kind = .unreadable
        case .hostile, .tooLarge: kind = .hostile
        default: kind = .wellFormedness
        }
        return ValidationReport(file: path, schemaValid: nil, structureValid: false,
                                errors: [ValidationIssue(line: error.line ?? 0, message: error.reason, kind: kind)])
    }
}
