import LibXML

/// Builds the model of one document element (and, recursively, its components) by walking the tree once.
final class AKNReader {
    let xml: XMLDocument
    /// Documents in `akomaNtoso/components`, outside the main document, by component eId: collections
    /// point at them with `documentRef`.
    private var rootComponents: [(eId: String?, node: XMLNode)] = []
    private var usedRootComponents: Set<Int> = []

    init(xml: XMLDocument) { self.xml = xml }

    struct Result {
        var node: XMLNode
        var type: DocumentType
        var name: String?
        var identity: FRBRIdentity?
        var title: String?
        var language: String?
        var script: String?
        /// A Dublin Core title in proprietary metadata (legislation.gov.uk puts it there).
        var metadataTitle: String?
        var lifecycle: [LifecycleEvent] = []
        var activeModifications: [TextualModification] = []
        var passiveModifications: [TextualModification] = []
        var references: [Reference] = []
        var textReferences: [TextReference] = []
        var provisions: [Provision] = []
        var components: [AKNComponent] = []
    }

    func read() throws(AKNError) -> Result {
        guard let root = xml.root, root.name == "akomaNtoso", root.namespaceURI == AKN.namespace else {
            throw .notAkomaNtoso(source: xml.source, root: xml.root.map { qualified($0) } ?? "none")
        }
        guard let documentNode = root.elements.first(where: { AKN.documentElements.contains($0.name) }) else {
            throw .noDocument(source: xml.source)
        }
        for container in root.elements where container.name == "components" {
            for wrapper in container.elements where wrapper.name == "component" {
                if let inline = wrapper.elements.first(where: { AKN.documentElements.contains($0.name) }) {
                    rootComponents.append((wrapper.attribute("eId"), inline))
                }
            }
        }
        var result = readDocument(documentNode)
        for (index, component) in rootComponents.enumerated() where !usedRootComponents.contains(index) {
            result.components.append(AKNComponent(element: "component", eId: component.eId,
                                                  document: AKNDocument(result: readDocument(component.node)), href: nil))
        }
        return result
    }

    /// The root-level component a `documentRef` points at: by `#eId` or by the wrapper's own eId.
    private func rootComponent(href: String?, wrapperEId: String?) -> XMLNode? {
        let target = href.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        for (index, component) in rootComponents.enumerated() where !usedRootComponents.contains(index) {
            guard let eId = component.eId else { continue }
            if eId == target || eId == wrapperEId {
                usedRootComponents.insert(index)
                return component.node
            }
        }
        return nil
    }

    private func qualified(_ node: XMLNode) -> String {
        if let uri = node.namespaceURI { return "\(node.name) in namespace \(uri)" }
        return node.name
    }

    func readDocument(_ node: XMLNode) -> Result {
        var result = Result(node: node, type: DocumentType(rawValue: node.name), name: node.attribute("name"))
        let meta = node.firstElement(named: "meta")
        if let meta {
            MetaReader(meta: meta).read(into: &result)
        }
        let provisionReader = ProvisionReader()
        var provisions: [Provision] = []
        var components: [AKNComponent] = []
        node.forEachElement { child in
            let kind = ElementClass.of(child)
            if kind.contains(.body) {
                provisions.append(contentsOf: provisionReader.provisions(in: child))
            }
            if kind.contains(.componentContainer) {
                components.append(contentsOf: readComponents(in: child))
            }
        }
        result.provisions = provisions
        result.textReferences = provisionReader.references
        result.components = components
        result.title = title(of: node) ?? result.metadataTitle ?? result.identity?.work.name
        return result
    }

    private func readComponents(in container: XMLNode) -> [AKNComponent] {
        var components: [AKNComponent] = []
        for wrapper in container.elements where ["attachment", "component", "interstitial", "documentRef"].contains(wrapper.name) {
            if wrapper.name == "documentRef" {
                components.append(AKNComponent(element: wrapper.name, eId: wrapper.attribute("eId"), document: nil, href: wrapper.attribute("href")))
                continue
            }
            if let inline = wrapper.elements.first(where: { AKN.documentElements.contains($0.name) }) {
                let nested = readDocument(inline)
                components.append(AKNComponent(element: wrapper.name, eId: wrapper.attribute("eId"),
                                               document: AKNDocument(result: nested), href: nil))
            } else if let reference = wrapper.firstElement(named: "documentRef") {
                let href = reference.attribute("href")
                let target = rootComponent(href: href, wrapperEId: wrapper.attribute("eId"))
                components.append(AKNComponent(element: wrapper.name, eId: wrapper.attribute("eId"),
                                               document: target.map { AKNDocument(result: readDocument($0)) }, href: href))
            }
        }
        return components
    }

    /// The document's title from its front matter.
    private func title(of node: XMLNode) -> String? {
        for section in ["preface", "coverPage", "preamble"] {
            guard let front = node.firstElement(named: section) else { continue }
            for candidate in ["shortTitle", "docTitle", "longTitle"] {
                if let found = firstDescendant(named: candidate, in: front) {
                    let text = TextCollector.normalizedText(of: found)
                    if !text.isEmpty { return text }
                }
            }
        }
        return nil
    }

    private func firstDescendant(named name: String, in node: XMLNode) -> XMLNode? {
        var result: XMLNode?
        _ = node.firstElement { child in
            if child.isNamed(name) { result = child } else { result = firstDescendant(named: name, in: child) }
            return result != nil
        }
        return result
    }
}

extension AKNDocument {
    convenience init(result: AKNReader.Result) {
        self.init(node: result.node, type: result.type, name: result.name, identity: result.identity, title: result.title,
                  language: result.language, script: result.script, lifecycle: result.lifecycle,
                  activeModifications: result.activeModifications, passiveModifications: result.passiveModifications,
                  references: result.references, textReferences: result.textReferences, provisions: result.provisions,
                  components: result.components)
    }
}
