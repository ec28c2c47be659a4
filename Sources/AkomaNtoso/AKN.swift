/// Names from the Akoma Ntoso 3.0 vocabulary that the reader and checks rely on.
public enum AKN {
    /// The Akoma Ntoso 3.0 namespace.
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    /// Qonun's own namespace for metadata the AKN vocabulary has no place for (an Uzbek expression's script).
    public static let qonunNamespace = "https://qonun.uz/ns/1.0"

    /// Elements of the AKN hierarchy: containers of provisions, with eId, num, heading and content.
    public static let hierarchyElements: Set<String> = [
        "alinea", "article", "book", "chapter", "clause", "division", "indent", "level", "list", "paragraph", "part",
        "point", "proviso", "rule", "section", "subchapter", "subclause", "subdivision", "sublist", "subparagraph",
        "subpart", "subrule", "subsection", "subtitle", "title", "tome", "transitional", "hcontainer", "debateSection",
    ]

    /// Elements that are documents in their own right (the root's child, attachments, collection components).
    public static let documentElements: Set<String> = [
        "act", "bill", "doc", "judgment", "debate", "debateReport", "amendmentList", "officialGazette",
        "documentCollection", "statement", "portion", "amendment",
    ]

    /// Elements that hold a document's provisions.
    static let bodyElements: Set<String> = [
        "body", "mainBody", "debateBody", "judgmentBody", "amendmentBody", "portionBody", "collectionBody",
    ]

    /// Elements whose children are attached or component documents.
    static let componentContainers: Set<String> = ["attachments", "components", "collectionBody"]

    /// Elements inside a provision whose text is not the provision's own running text.
    static let notRunningText: Set<String> = ["authorialNote", "num", "heading", "subheading"]

    /// Elements after which running text starts a new line.
    static let blockElements: Set<String> = [
        "p", "intro", "content", "wrapUp", "listIntroduction", "listWrapUp", "item", "blockList", "tr", "li",
        "blockContainer", "tblock", "crossHeading", "quotedStructure", "quotedText", "heading", "num",
    ]
}
