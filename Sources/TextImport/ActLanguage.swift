/// The language of an act's text, as an ISO 639-2 code used in Akoma Ntoso expression URIs.
public enum ActLanguage: String, Sendable, CaseIterable, Codable {
    /// Uzbek, in either Latin or Cyrillic script.
    case uzb
    /// Russian.
    case rus
    /// English.
    case eng
}

/// The script an Uzbek text is written in (ISO 15924); metadata kept beside the language code.
public enum Script: String, Sendable, CaseIterable, Codable {
    /// Latin script (the official Uzbek alphabet since 1995).
    case latn = "Latn"
    /// Cyrillic script.
    case cyrl = "Cyrl"
}
