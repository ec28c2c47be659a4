import AkomaNtoso
import Registry

/// Where things live in the published site. Paths mirror FRBR URIs (`akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/`);
/// works with other identifiers live under `ext/` (`ext/www.legislation.gov.uk/id/mwa/2011/7/`).
/// Every path is relative to the site root, without a leading slash; folders end with `/`.
enum SitePath {
    /// The folder of a work.
    static func work(_ uri: String) -> String {
        if let parsed = try? FRBRURI(parsing: uri) {
            return parsed.workURI.dropFirst().split(separator: "/").map { segment(String($0)) }.joined(separator: "/") + "/"
        }
        var rest = Substring(uri)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let parts = rest.split(separator: "/").map { segment(String($0)) }.filter { !$0.isEmpty }
        return "ext/" + (parts.isEmpty ? [segment(uri)] : parts).joined(separator: "/") + "/"
    }

    /// The folder segment of an expression inside its work's folder: `uzb@2019-10-01`.
    static func expressionSegment(_ version: ExpressionInfo) -> String {
        if let parsed = try? FRBRURI(parsing: version.expression), let language = parsed.language {
            return segment(language + "@" + (parsed.expressionDate ?? ""))
        }
        return segment(version.language + "@" + version.date)
    }

    /// Keeps letters, digits and `._~@-`; anything else (and a bare `.` or `..`) becomes `_`.
    static func segment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowed = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || "._~@-".unicodeScalars.contains(scalar)
            result.unicodeScalars.append(allowed ? scalar : "_")
        }
        if result.isEmpty || result == "." || result == ".." { return "_" }
        return result
    }

    /// `../` once per folder between `path` and the site root.
    static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/", omittingEmptySubsequences: true).count - 1)
    }
}
