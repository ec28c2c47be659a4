/// A hierarchical container of a document (part, chapter, article, section, paragraph, point, hcontainer...).
public struct Provision: Hashable, Sendable {
    /// The element name (`article`, `chapter`, `hcontainer`...).
    public var kind: String
    /// `@name` of generic containers (`hcontainer name="schedule"`).
    public var name: String?
    /// `@eId`, the provision's identifier within its document.
    public var eId: String?
    /// The `num` text (`12¹-modda.`, `Article 5`).
    public var num: String?
    /// The `heading` text.
    public var heading: String?
    /// The `subheading` text.
    public var subheading: String?
    /// The provision's own running text (intro, content, wrap-up; not its child provisions), one block a line.
    public var text: String
    /// `@status` (removed, ...), or "repealed" when Qonun's metadata marks the provision repealed.
    public var status: String?
    /// True when this provision is quoted inside an amendment (`quotedStructure`), not part of the document's own structure.
    public var isQuoted: Bool
    /// Line of the element in the source.
    public var line: Int
    /// The provisions nested inside.
    public var children: [Provision]

    /// Creates a provision.
    public init(kind: String, name: String? = nil, eId: String?, num: String? = nil, heading: String? = nil,
                subheading: String? = nil, text: String = "", status: String? = nil, isQuoted: Bool = false,
                line: Int = 0, children: [Provision] = []) {
        self.kind = kind
        self.name = name
        self.eId = eId
        self.num = num
        self.heading = heading
        self.subheading = subheading
        self.text = text
        self.status = status
        self.isQuoted = isQuoted
        self.line = line
        self.children = children
    }

    /// This provision and all its descendants, depth first, in document order.
    public var flattened: [Provision] {
        var result: [Provision] = [self]
        for child in children { result.append(contentsOf: child.flattened) }
        return result
    }

    /// The text of this provision and all its descendants (numbers, headings and text), one block a line.
    public var fullText: String {
        var lines: [String] = []
        for provision in flattened {
            let head = [provision.num, provision.heading].compactMap { $0 }.joined(separator: " ")
            if !head.isEmpty { lines.append(head) }
            if !provision.text.isEmpty { lines.append(provision.text) }
        }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Provision {
    /// Every provision in these trees, depth first.
    public var flattened: [Provision] { flatMap(\.flattened) }

    /// How many provisions of this kind there are; `includingQuoted` also counts those quoted in amendments.
    public func count(of kind: String, includingQuoted: Bool = false) -> Int {
        flattened.filter { $0.kind == kind && (includingQuoted || !$0.isQuoted) }.count
    }
}
