/// Choices that steer a conversion; anything left `nil` is detected from the text.
public struct TextImportOptions: Sendable, Equatable {
    /// The language of the text; detected when `nil`.
    public var language: ActLanguage?
    /// The script of the text; detected when `nil`.
    public var script: Script?
    /// The expression date (`YYYY-MM-DD`); when `nil` the date of the signature block, of the page header or of
    /// the work URI is used, in that order.
    public var date: String?
    /// Whether editorial commentary ("LexUZ sharhi" blocks) is kept as editorial remarks or dropped.
    public var keepCommentary: Bool

    /// Creates options; the defaults detect everything and keep commentary.
    public init(language: ActLanguage? = nil, script: Script? = nil, date: String? = nil, keepCommentary: Bool = true) {
        self.language = language
        self.script = script
        self.date = date
        self.keepCommentary = keepCommentary
    }
}
