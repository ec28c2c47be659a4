/// One element of the body as it is being built: a hierarchical unit, an article, a paragraph or a list item.
///
/// Nodes live in one array and refer to their children by index, so the tree is built in a single pass
/// without reference types.
struct ProvisionNode: Sendable {
    /// A block of text inside an `intro` or `content`.
    enum Block: Sendable {
        /// A line of normative text.
        case text(Substring)
        /// A definition line: the term and the rest of the line from the dash on.
        case definition(term: Substring, rest: Substring)
        /// An editorial line (amendment, publication or commentary note), marked up as `<remark>`.
        case remark(Substring, kind: String)
        /// An empty paragraph, for the further articles of a repealed range whose note stands in the first.
        case empty
    }

    /// The Akoma Ntoso element name.
    var element: String
    /// The eId (Akoma Ntoso naming convention).
    var eId: String
    /// The structural level, for hierarchical units and articles.
    var kind: UnitKind?
    /// The number as parsed, used to show flattened superscripts as `<sup>`.
    var number: HeadingNumber?
    /// The text of `<num>`.
    var numText: Substring?
    /// A `<num>` made by the importer for a repealed article that the text only names in a note.
    var madeNum: (base: String, sup: Int, prefix: String, suffix: String)?
    /// The heading text.
    var heading: Substring?
    /// A second heading line ("37-bob. Soliqni hisoblab chiqarish va toʻlash tartibi." then
    /// "Soliq hisobotini taqdim etish tartibi.").
    var subheading: Substring?
    /// Whether the heading stood on its own line after the number.
    var headingOnOwnLine = false
    /// Blocks before the children (a list's introduction, or notes about the heading).
    var intro: [Block] = []
    /// Blocks of a leaf.
    var content: [Block] = []
    /// Child nodes, by index.
    var children: [Int] = []
    /// Whether the provision is repealed (`status="removed"`).
    var removed = false
    /// The `name` attribute of an `hcontainer`.
    var name: String?

    init(element: String, eId: String, kind: UnitKind? = nil) {
        self.element = element
        self.eId = eId
        self.kind = kind
    }

    /// Whether the node holds normative text of its own yet.
    var hasText: Bool {
        (intro + content).contains { block in
            if case .remark = block { return false }
            if case .empty = block { return false }
            return true
        } || !children.isEmpty
    }
}
