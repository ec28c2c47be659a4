/// An Akoma Ntoso FRBR URI following the AKN naming convention:
/// `/akn/{country}[-{locality}]/{type}[/{subtype}][/{actor}]/{date}[/{number}][/{lang}[@{version}]][/!{component}][~{portion}][.{format}]`.
///
/// For example `/akn/uz/act/2015-12-09/zru-395/uzb@2019-10-01~art_5__para_2`.
public struct FRBRURI: Hashable, Sendable, CustomStringConvertible {
    /// ISO 3166-1 alpha-2 country code, lowercase (`uz`).
    public var country: String
    /// Sub-national locality (`tas` in `uz-tas`), when there is one.
    public var locality: String?
    /// Document type (`act`, `bill`, `doc`, `judgment`, ...).
    public var docType: String
    /// Document subtype (`decree`, `code`, ...).
    public var subtype: String?
    /// Issuing actor, when the convention needs one to tell works apart.
    public var actor: String?
    /// Work date: YYYY, YYYY-MM or YYYY-MM-DD.
    public var date: String
    /// Work number (`zru-395`), when the work has one.
    public var number: String?
    /// ISO 639-2 language of the expression; nil for a work URI.
    public var language: String?
    /// Expression version after `@`: a date, a label, or "" for the bare `@` (as enacted); nil when there is no `@`.
    public var expressionDate: String?
    /// Component name after `!` (`main`, `schedule_1`).
    public var component: String?
    /// Portion after `~`: the eId of a provision (`art_5__para_2`).
    public var portion: String?
    /// Manifestation format after the final `.` (`xml`, `html`).
    public var format: String?

    /// Formats recognised after a final dot; anything else is part of the number or portion.
    static let knownFormats: Set<String> = ["xml", "html", "htm", "akn", "pdf", "epub", "json", "txt", "docx", "odt", "zip", "rdf"]

    /// Creates a URI from its parts.
    public init(country: String, locality: String? = nil, docType: String, subtype: String? = nil, actor: String? = nil,
                date: String, number: String? = nil, language: String? = nil, expressionDate: String? = nil,
                component: String? = nil, portion: String? = nil, format: String? = nil) {
        self.country = country
        self.locality = locality
        self.docType = docType
        self.subtype = subtype
        self.actor = actor
        self.date = date
        self.number = number
        self.language = language
        self.expressionDate = expressionDate
        self.component = component
        self.portion = portion
        self.format = format
    }

    /// Parses a URI, throwing an error that names what is wrong.
    public init(parsing uri: String) throws(FRBRURIError) {
        self = try FRBRURIParser(uri).parse()
    }

    /// True when the URI names an expression (it has a language).
    public var isExpression: Bool { language != nil }

    /// The work this URI belongs to: no expression, component, portion or format.
    public var work: FRBRURI {
        FRBRURI(country: country, locality: locality, docType: docType, subtype: subtype, actor: actor, date: date, number: number)
    }

    /// The expression this URI belongs to (no component, portion or format); nil for a work URI.
    public var expression: FRBRURI? {
        guard language != nil else { return nil }
        var copy = work
        copy.language = language
        copy.expressionDate = expressionDate
        return copy
    }

    /// The same URI without component, portion and format.
    public var withoutSuffixes: FRBRURI {
        var copy = self
        copy.component = nil
        copy.portion = nil
        copy.format = nil
        return copy
    }

    /// The work URI as a string.
    public var workURI: String { work.description }

    /// The canonical string form.
    public var description: String {
        var text = "/akn/" + country
        if let locality { text += "-" + locality }
        text += "/" + docType
        if let subtype { text += "/" + subtype }
        if let actor { text += "/" + actor }
        text += "/" + date
        if let number { text += "/" + number }
        if let language {
            text += "/" + language
            if let expressionDate { text += "@" + expressionDate }
        }
        if let component { text += "/!" + component }
        if let portion { text += "~" + portion }
        if let format { text += "." + format }
        return text
    }
}

extension FRBRURI: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try FRBRURI(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
