/// The result of converting one act: the Akoma Ntoso document and what was learned while reading it.
public struct ImportedAct: Sendable {
    /// The Akoma Ntoso 3.0 document.
    public var xml: String
    /// The language of the text (given or detected).
    public var language: ActLanguage
    /// The script of the text (given or detected); `nil` only for texts with no letters.
    public var script: Script?
    /// The act's title as written in its preface.
    public var title: String
    /// The work URI the act was converted under.
    public var workURI: String
    /// The expression URI: work URI, language and expression date.
    public var expressionURI: String
    /// The expression date, `YYYY-MM-DD`.
    public var expressionDate: String
    /// How many books ("qism", "часть") the act has.
    public var bookCount: Int
    /// How many parts ("boʻlim", "раздел") the act has.
    public var partCount: Int
    /// How many chapters ("bob", "глава") the act has.
    public var chapterCount: Int
    /// How many articles the act has, repealed ones included.
    public var articleCount: Int
    /// The eIds of the articles that are only a repeal note.
    public var repealedArticles: [String]
    /// Every amendment note, in document order.
    public var amendments: [Amendment]
    /// The dates of the chambers' adoption and approval found in the preface, `YYYY-MM-DD`.
    public var adoptionDates: [String]
    /// The signature block, when the text has one.
    public var signature: Signature?
    /// The entry-into-force date shown by the web page header, `YYYY-MM-DD`.
    public var entryIntoForce: String?
    /// The date the whole act lost force, when the page header says so, `YYYY-MM-DD`.
    public var repealedOn: String?

    /// The signature block of an act: who signed it, where, when and under which number.
    public struct Signature: Sendable, Equatable {
        /// The signer's office, e.g. "Oʻzbekiston Respublikasining Prezidenti".
        public var role: String
        /// The signer's name as written, e.g. "Sh. MIRZIYOYEV".
        public var person: String
        /// The place of signature, e.g. "Toshkent sh.,".
        public var place: String?
        /// The date of signature, `YYYY-MM-DD`.
        public var date: String?
        /// The act's number as written, e.g. "OʻRQ-547".
        public var number: String?
    }
}
