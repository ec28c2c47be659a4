/// An Akoma Ntoso work URI, `/akn/{country}/{doctype}[/{subtype}][/{actor}]/{date}/{number}`, checked.
struct WorkURI: Sendable, Equatable {
    /// The URI as given.
    var uri: String
    /// The country code, e.g. `uz`.
    var country: String
    /// The document type, e.g. `act`.
    var docType: String
    /// The work date, `YYYY-MM-DD`.
    var date: String
    /// The number component, e.g. `orq-547`.
    var number: String

    private static let documentTypes: Set<String> = [
        "act", "bill", "amendment", "amendmentList", "judgment", "doc", "debate", "debateReport", "statement",
        "officialGazette", "documentCollection", "portion",
    ]

    /// Reads and checks a work URI.
    init(_ uri: String) throws(TextImportError) {
        guard uri.hasPrefix("/akn/") else { throw .invalidWorkURI(uri, reason: "it must start with /akn/") }
        guard !uri.contains(where: { $0 == " " || $0 == "@" || $0 == "!" || $0 == "~" || $0 == "?" || $0 == "#" }) else {
            throw .invalidWorkURI(uri, reason: "a work URI has no spaces, language, component or portion")
        }
        let parts = uri.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.last?.isEmpty == false else { throw .invalidWorkURI(uri, reason: "it must not end with /") }
        guard parts.count >= 6, parts.count <= 8 else {
            throw .invalidWorkURI(uri, reason: "expected /akn/country/type[/subtype][/actor]/date/number")
        }
        let country = String(parts[2])
        let countryCode = country.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
        guard countryCode.count == 2, countryCode.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else {
            throw .invalidWorkURI(uri, reason: "'\(country)' is not a two-letter lowercase country code")
        }
        let docType = String(parts[3])
        guard Self.documentTypes.contains(docType) else {
            throw .invalidWorkURI(uri, reason: "'\(docType)' is not an Akoma Ntoso document type such as act or bill")
        }
        let date = String(parts[parts.count - 2])
        guard LegalDate.isValidISO(date) else {
            throw .invalidWorkURI(uri, reason: "'\(date)' is not a date written as YYYY-MM-DD")
        }
        guard parts.dropFirst(2).allSatisfy({ !$0.isEmpty }) else {
            throw .invalidWorkURI(uri, reason: "it has an empty component")
        }
        self.uri = uri
        self.country = country
        self.docType = docType
        self.date = date
        self.number = String(parts[parts.count - 1])
    }
}
