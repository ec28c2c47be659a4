public import Foundation
public import LibXML

/// An Akoma Ntoso document read into Qonun's model. It keeps the parsed XML it came from, so writing it
/// back out loses nothing the model does not capture.
public final class AKNDocument: Sendable {
    /// The XML element of this document (`act`, `bill`, an attachment's `doc`...).
    public let node: XMLNode
    /// What kind of document it is.
    public let type: DocumentType
    /// The document element's `@name`.
    public let name: String?
    /// FRBR identification, when the document has `meta/identification`.
    public let identity: FRBRIdentity?
    /// The title: docTitle, else short or long title, else FRBRname.
    public let title: String?
    /// ISO 639-2 language of the expression (FRBRlanguage).
    public let language: String?
    /// Script of the text (`Latn`, `Cyrl`) when the metadata records it.
    public let script: String?
    /// Lifecycle events in document order.
    public let lifecycle: [LifecycleEvent]
    /// Modifications this document makes to others.
    public let activeModifications: [TextualModification]
    /// Modifications other documents made to this one.
    public let passiveModifications: [TextualModification]
    /// `meta/references` entries.
    public let references: [Reference]
    /// Citations in the text.
    public let textReferences: [TextReference]
    /// The provision trees of the body, in order.
    public let provisions: [Provision]
    /// Attachments, schedules and collection components, each a document of its own.
    public let components: [AKNComponent]

    init(node: XMLNode, type: DocumentType, name: String?, identity: FRBRIdentity?, title: String?, language: String?,
         script: String?, lifecycle: [LifecycleEvent], activeModifications: [TextualModification],
         passiveModifications: [TextualModification], references: [Reference], textReferences: [TextReference],
         provisions: [Provision], components: [AKNComponent]) {
        self.node = node
        self.type = type
        self.name = name
        self.identity = identity
        self.title = title
        self.language = language
        self.script = script
        self.lifecycle = lifecycle
        self.activeModifications = activeModifications
        self.passiveModifications = passiveModifications
        self.references = references
        self.textReferences = textReferences
        self.provisions = provisions
        self.components = components
    }

    /// The parsed XML of the whole file.
    public var xml: XMLDocument { node.document }

    /// Reads a file. Throws `XMLError` for unreadable, hostile or malformed XML and `AKNError` for XML that
    /// is not Akoma Ntoso.
    public convenience init(path: String, limits: XMLParseLimits = .default) throws {
        try self.init(xml: XMLDocument(path: path, limits: limits))
    }

    /// Reads bytes; `name` is used in messages.
    public convenience init(data: Data, name: String = "input", limits: XMLParseLimits = .default) throws {
        try self.init(xml: XMLDocument(data: data, name: name, limits: limits))
    }

    /// Reads the model from an already parsed document.
    public convenience init(xml: XMLDocument) throws(AKNError) {
        let read = try AKNReader(xml: xml).read()
        self.init(node: read.node, type: read.type, name: read.name, identity: read.identity, title: read.title,
                  language: read.language, script: read.script, lifecycle: read.lifecycle,
                  activeModifications: read.activeModifications, passiveModifications: read.passiveModifications,
                  references: read.references, textReferences: read.textReferences, provisions: read.provisions,
                  components: read.components)
    }

    /// Writes the document back out as UTF-8 XML: the source tree, so everything round-trips.
    public func serialized() -> Data { xml.serialized() }

    /// Every provision of the body, depth first (quoted ones included, flagged `isQuoted`).
    public var allProvisions: [Provision] { provisions.flattened }

    /// The provision with this eId, searching the body.
    public func provision(eId: String) -> Provision? {
        allProvisions.first { $0.eId == eId }
    }
}

/// An attachment, schedule or collection component: a document nested in another.
public struct AKNComponent: Sendable {
    /// The wrapping element (`attachment`, `component`).
    public var element: String
    /// The wrapper's eId, when it has one.
    public var eId: String?
    /// The nested document, when it is inline (not a `documentRef` to another file).
    public var document: AKNDocument?
    /// The `documentRef@href` when the component only points at a document.
    public var href: String?
}

/// Why an XML document could not be read as Akoma Ntoso.
public enum AKNError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The root element is not `akomaNtoso` in the AKN 3.0 namespace.
    case notAkomaNtoso(source: String, root: String)
    /// `akomaNtoso` holds no document element.
    case noDocument(source: String)

    public var description: String {
        switch self {
        case .notAkomaNtoso(let source, let root):
            return "\(source):1: not an Akoma Ntoso 3.0 document: the root element is <\(root)>, expected <akomaNtoso xmlns=\"\(AKN.namespace)\">"
        case .noDocument(let source):
            return "\(source):1: <akomaNtoso> contains no document element (act, bill, doc, ...)"
        }
    }
}

extension AKNDocument {
    /// The element with this eId in the document (its own scope, not nested documents).
    public func element(eId: String) -> XMLNode? {
        func search(_ node: XMLNode) -> XMLNode? {
            for child in node.elements {
                if child.attribute("eId") == eId { return child }
                if AKN.documentElements.contains(child.name) { continue }
                if let found = search(child) { return found }
            }
            return nil
        }
        return search(node)
    }
}
