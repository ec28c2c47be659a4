import Foundation
import LibXML

/// Reads `meta`: identification, lifecycle, analysis (modifications), references, proprietary script.
struct MetaReader {
    let meta: XMLNode

    func read(into result: inout AKNReader.Result) {
        var references: [Reference] = []
        if let section = meta.firstElement(named: "references") {
            for entry in section.elements {
                references.append(Reference(kind: entry.name, eId: entry.attribute("eId"),
                                            href: entry.attribute("href"), showAs: entry.attribute("showAs")))
            }
        }
        result.references = references
        let hrefByEId = Dictionary(references.compactMap { ref in ref.eId.map { ($0, ref.href ?? "") } },
                                   uniquingKeysWith: { first, _ in first })

        if let identification = meta.firstElement(named: "identification") {
            let identity = FRBRIdentity(
                work: level(identification.firstElement(named: "FRBRWork")),
                expression: level(identification.firstElement(named: "FRBRExpression")),
                manifestation: level(identification.firstElement(named: "FRBRManifestation"))
            )
            result.identity = identity
            result.language = identity.expression.languages.first
        }
        if let lifecycle = meta.firstElement(named: "lifecycle") {
            result.lifecycle = lifecycle.elements.filter { $0.name == "eventRef" }.compactMap { event in
                guard let date = event.attribute("date") else { return nil }
                let source = event.attribute("source")
                let key = source.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
                return LifecycleEvent(eId: event.attribute("eId"), date: date,
                                      type: event.attribute("type") ?? event.attribute("refersTo") ?? "event",
                                      source: source, sourceHref: key.flatMap { hrefByEId[$0] })
            }
        }
        if let analysis = meta.firstElement(named: "analysis") {
            result.activeModifications = modifications(analysis.firstElement(named: "activeModifications"))
            result.passiveModifications = modifications(analysis.firstElement(named: "passiveModifications"))
        }
        for proprietary in meta.elements where proprietary.name == "proprietary" {
            for entry in proprietary.elements where entry.name == "script" && entry.namespaceURI == AKN.qonunNamespace {
                let value = entry.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { result.script = value }
            }
            if result.metadataTitle == nil, let title = dublinCoreTitle(in: proprietary) {
                result.metadataTitle = title
            }
        }
    }

    /// The first `dc:title` at any depth inside a proprietary block.
    private func dublinCoreTitle(in node: XMLNode) -> String? {
        var result: String?
        _ = node.firstElement { child in
            if child.isNamed("title"), child.namespaceURI == "http://purl.org/dc/elements/1.1/" {
                let text = TextCollector.normalizedText(of: child)
                if !text.isEmpty { result = text; return true }
            }
            result = dublinCoreTitle(in: child)
            return result != nil
        }
        return result
    }

    private func modifications(_ container: XMLNode?) -> [TextualModification] {
        guard let container else { return [] }
        return container.elements.filter { $0.name == "textualMod" }.map { mod in
            TextualModification(type: mod.attribute("type") ?? "unknown",
                                source: mod.firstElement(named: "source")?.attribute("href"),
                                destination: mod.firstElement(named: "destination")?.attribute("href"),
                                eId: mod.attribute("eId"))
        }
    }

    private func level(_ node: XMLNode?) -> FRBRLevel {
        var level = FRBRLevel()
        guard let node else { return level }
        level.line = node.line
        for child in node.elements {
            if level.lines[child.name] == nil { level.lines[child.name] = child.line }
            switch child.name {
            case "FRBRthis": level.this = level.this ?? child.attribute("value")
            case "FRBRuri": level.uri = level.uri ?? child.attribute("value")
            case "FRBRdate":
                if level.date == nil {
                    level.date = child.attribute("date")
                    level.dateName = child.attribute("name")
                }
            case "FRBRauthor": level.author = level.author ?? child.attribute("href")
            case "FRBRcountry": level.country = level.country ?? child.attribute("value")
            case "FRBRsubtype": level.subtype = level.subtype ?? child.attribute("value")
            case "FRBRnumber": level.number = level.number ?? child.attribute("value")
            case "FRBRname": level.name = level.name ?? child.attribute("value")
            case "FRBRlanguage": if let language = child.attribute("language") { level.languages.append(language) }
            case "FRBRformat": level.format = level.format ?? child.attribute("value")
            default: break
            }
        }
        return level
    }
}
