import LibXML

/// What the reader needs to know about an element from its name, found with one table lookup on libxml2's
/// bytes instead of a String and several `Set<String>` lookups per element.
struct ElementClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// In `AKN.hierarchyElements`.
    static let hierarchy = ElementClass(rawValue: 1 << 0)
    /// In `AKN.documentElements`.
    static let document = ElementClass(rawValue: 1 << 1)
    /// In `AKN.bodyElements`.
    static let body = ElementClass(rawValue: 1 << 2)
    /// In `AKN.componentContainers`.
    static let componentContainer = ElementClass(rawValue: 1 << 3)
    /// In `AKN.notRunningText`.
    static let notRunningText = ElementClass(rawValue: 1 << 4)
    /// In `AKN.blockElements`.
    static let block = ElementClass(rawValue: 1 << 5)
    /// `attachment`, `component`, `interstitial` or `documentRef`: what a component container wraps documents in.
    static let componentWrapper = ElementClass(rawValue: 1 << 6)
    static let ref = ElementClass(rawValue: 1 << 7)
    static let quotedStructure = ElementClass(rawValue: 1 << 8)
    static let authorialNote = ElementClass(rawValue: 1 << 9)
    static let meta = ElementClass(rawValue: 1 << 10)
    static let sup = ElementClass(rawValue: 1 << 11)
    static let num = ElementClass(rawValue: 1 << 12)
    static let heading = ElementClass(rawValue: 1 << 13)
    static let subheading = ElementClass(rawValue: 1 << 14)
    static let documentRef = ElementClass(rawValue: 1 << 15)

    /// The class of an element (empty for names the reader has no use for, and for other nodes).
    static func of(_ node: XMLNode) -> ElementClass {
        guard let index = table.index(of: node) else { return [] }
        return classes[index]
    }

    /// The class of a name.
    static func of(_ name: String) -> ElementClass {
        guard let index = table.index(of: name) else { return [] }
        return classes[index]
    }

    /// The single names that have a class of their own.
    private static let singles: [(String, ElementClass)] = [
        ("ref", .ref), ("quotedStructure", .quotedStructure), ("authorialNote", .authorialNote), ("meta", .meta),
        ("sup", .sup), ("num", .num), ("heading", .heading), ("subheading", .subheading), ("documentRef", .documentRef),
    ]

    /// Every name with a class, and the classes in the same order; built from the `AKN` sets so the two
    /// cannot disagree.
    private static let (table, classes): (XMLNameTable, [ElementClass]) = {
        let groups: [(Set<String>, ElementClass)] = [
            (AKN.hierarchyElements, .hierarchy), (AKN.documentElements, .document), (AKN.bodyElements, .body),
            (AKN.componentContainers, .componentContainer), (AKN.notRunningText, .notRunningText),
            (AKN.blockElements, .block), (["attachment", "component", "interstitial", "documentRef"], .componentWrapper),
        ] + singles.map { ([$0.0], $0.1) }
        var byName: [String: ElementClass] = [:]
        for (names, kind) in groups {
            for name in names { byName[name, default: []].insert(kind) }
        }
        let names = byName.keys.sorted()
        return (XMLNameTable(names), names.map { byName[$0] ?? [] })
    }()
}
