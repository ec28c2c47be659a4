/// One editorial amendment note of a consolidated text: which act changed which provision, when and how.
public struct Amendment: Sendable, Equatable, Hashable {
    /// How the amending act changed the provision.
    public enum Kind: String, Sendable, Equatable, Hashable {
        /// The provision was given a new wording ("... tahririda", "в редакции").
        case substitution
        /// The provision, or a part of it, was added ("... bilan toʻldirilgan", "kiritilgan", "дополнена").
        case insertion
        /// The provision, or a part of it, was repealed ("oʻz kuchini yoʻqotgan", "chiqarilgan", "утратила силу").
        case repeal
    }

    /// The number of the amending act as written, e.g. `OʻRQ-683`.
    public var actNumber: String
    /// The date of the amending act, `YYYY-MM-DD`.
    public var actDate: String
    /// The Akoma Ntoso work URI derived for the amending act, e.g. `/akn/uz/act/2021-04-21/orq-683`.
    public var actURI: String
    /// The eId of the provision the note is about.
    public var affectedEId: String
    /// What the amending act did.
    public var kind: Kind
    /// The line of the note in the input (1-based).
    public var line: Int
    /// The full text of the note.
    public var note: String

    /// Creates an amendment record.
    public init(actNumber: String, actDate: String, actURI: String, affectedEId: String, kind: Kind, line: Int, note: String) {
        self.actNumber = actNumber
        self.actDate = actDate
        self.actURI = actURI
        self.affectedEId = affectedEId
        self.kind = kind
        self.line = line
        self.note = note
    }
}
