/// The levels of an act's hierarchy and the Akoma Ntoso element each one becomes.
///
/// Mapping (checked against akomantoso30.xsd, where every level has the `hierarchy` content model):
/// qism / часть / "General Part" → `book`; boʻlim / раздел / Part → `part`; kichik boʻlim / подраздел → `subpart`;
/// bob / глава / Chapter → `chapter`; § / параграф / Section → `section`; modda / статья / Article → `article`.
enum UnitKind: Int, Comparable, Sendable {
    case book = 1
    case part
    case subpart
    case chapter
    case section
    case article

    static func < (lhs: UnitKind, rhs: UnitKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The Akoma Ntoso element name.
    var element: String {
        switch self {
        case .book: return "book"
        case .part: return "part"
        case .subpart: return "subpart"
        case .chapter: return "chapter"
        case .section: return "section"
        case .article: return "article"
        }
    }

    /// The eId prefix of the Akoma Ntoso naming convention.
    var eIdPrefix: String {
        switch self {
        case .book: return "book"
        case .part: return "part"
        case .subpart: return "subpart"
        case .chapter: return "chp"
        case .section: return "sec"
        case .article: return "art"
        }
    }

    /// Whether the numbering restarts inside the parent, so the eId must carry the parent's eId
    /// ("1-kichik boʻlim" and "1-§" restart in every part and chapter).
    var numberedWithinParent: Bool { self == .subpart || self == .section }
}

/// The number of a heading: its value, the superscript index of an inserted unit (12¹), and where the
/// digits stand in the line so a flattened "121" can be shown as 12<sup>1</sup>.
struct HeadingNumber: Sendable, Equatable {
    /// The Arabic digits as written, when the number was written in Arabic digits.
    var digits: Substring?
    /// The value (for Roman numerals and number words, their value).
    var value: Int
    /// The superscript index (0 for none).
    var sup: Int
    /// Whether the superscript was written with superscript characters (12¹) rather than flattened (121).
    var explicitSup: Bool
    /// The numeral as written in the line ("121", "XVIII1"), used to show a flattened superscript as `<sup>`.
    var written: Substring?

    /// The eId suffix: `12` or `12_1`.
    var eIdSuffix: String { sup > 0 ? "\(value)_\(sup)" : "\(value)" }
}

/// A structural heading recognised on one line: "1-modda. Maqsad", "I BOʻLIM.", "Статья 12¹. Цель".
struct StructuralHeading: Sendable {
    /// The level of the unit.
    var kind: UnitKind
    /// The number, `nil` for named units such as "UMUMIY QISM".
    var number: HeadingNumber?
    /// The part of the line that goes into `<num>`, `nil` for named units.
    var numText: Substring?
    /// The heading text, `nil` when the line has only the number.
    var title: Substring?
}
