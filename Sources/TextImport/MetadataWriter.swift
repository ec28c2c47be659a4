/// Writes `<meta>`: FRBR identification, publication, lifecycle events, passive modifications, references and
/// the importer's proprietary record (script, source, entry into force, repeal).
struct MetadataWriter {
    static let proprietaryNamespace = "https://qonun.uz/ns/text-import/1.0"

    private let document: ActDocument

    init(_ document: ActDocument) {
        self.document = document
    }

    /// One lifecycle event.
    private struct Event {
        var date: String
        var type: String?
        var source: String
        var refersTo: String?
    }

    /// The distinct amending acts, in order of first mention: (eId of the passiveRef, URI, number, date).
    private var amendingActs: [(eId: String, uri: String, number: String, date: String)] {
        var seen: [String: Int] = [:]
        var acts: [(eId: String, uri: String, number: String, date: String)] = []
        for amendment in document.amendments where seen[amendment.actURI] == nil {
            seen[amendment.actURI] = acts.count
            acts.append(("amendingAct_\(acts.count + 1)", amendment.actURI, amendment.actNumber, amendment.actDate))
        }
        return acts
    }

    mutating func write(into xml: inout XMLText, depth: Int) {
        let acts = amendingActs
        xml.newline(depth)
        xml.raw("<meta>")
        writeIdentification(into: &xml, depth: depth + 1)
        if let publication = document.publication {
            xml.newline(depth + 1)
            xml.raw("<publication")
            xml.attribute("date", publication.date)
            xml.attribute("name", publication.name)
            xml.attribute("showAs", publication.showAs)
            xml.raw("/>")
        }
        writeLifecycle(into: &xml, depth: depth + 1, acts: acts)
        writeAnalysis(into: &xml, depth: depth + 1, acts: acts)
        writeReferences(into: &xml, depth: depth + 1, acts: acts)
        writeProprietary(into: &xml, depth: depth + 1)
        xml.newline(depth)
        xml.raw("</meta>")
    }

    private func writeIdentification(into xml: inout XMLText, depth: Int) {
        let work = document.work
        let expression = document.expressionURI
        func value(_ element: String, _ value: String, _ depth: Int) {
            xml.newline(depth)
            xml.raw("<\(element)")
            xml.attribute("value", value)
            xml.raw("/>")
        }
        func date(_ date: String, _ name: String, _ depth: Int) {
            xml.newline(depth)
            xml.raw("<FRBRdate")
            xml.attribute("date", date)
            xml.attribute("name", name)
            xml.raw("/>")
        }
        func author(_ href: String, _ depth: Int) {
            xml.newline(depth)
            xml.raw("<FRBRauthor")
            xml.attribute("href", href)
            xml.raw("/>")
        }
        xml.newline(depth)
        xml.raw("<identification source=\"#qonun\">")
        xml.newline(depth + 1)
        xml.raw("<FRBRWork>")
        value("FRBRthis", work.uri + "/!main", depth + 2)
        value("FRBRuri", work.uri, depth + 2)
        date(work.date, "enactment", depth + 2)
        author("#legislator", depth + 2)
        value("FRBRcountry", work.country, depth + 2)
        xml.newline(depth + 2)
        xml.raw("<FRBRnumber")
        xml.attribute("value", work.number)
        if let shown = document.frame.signature?.signature.number ?? document.chrome.pageTitleNumber {
            xml.attribute("showAs", shown)
        }
        xml.raw("/>")
        xml.newline(depth + 2)
        xml.raw("<FRBRname")
        xml.attribute("value", document.name)
        xml.attribute("showAs", document.preface.title)
        xml.raw("/>")
        value("FRBRprescriptive", "true", depth + 2)
        xml.newline(depth + 1)
        xml.raw("</FRBRWork>")
        xml.newline(depth + 1)
        xml.raw("<FRBRExpression>")
        value("FRBRthis", expression + "/!main", depth + 2)
        value("FRBRuri", expression, depth + 2)
        date(document.expressionDate, "expression", depth + 2)
        author("#legislator", depth + 2)
        xml.newline(depth + 2)
        xml.raw("<FRBRlanguage")
        xml.attribute("language", document.language.rawValue)
        xml.raw("/>")
        xml.newline(depth + 1)
        xml.raw("</FRBRExpression>")
        xml.newline(depth + 1)
        xml.raw("<FRBRManifestation>")
        value("FRBRthis", expression + "/!main.xml", depth + 2)
        value("FRBRuri", expression + ".akn", depth + 2)
        date(document.expressionDate, "conversion", depth + 2)
        author("#qonun", depth + 2)
        value("FRBRformat", "application/akn+xml", depth + 2)
        xml.newline(depth + 1)
        xml.raw("</FRBRManifestation>")
        xml.newline(depth)
        xml.raw("</identification>")
    }

    private func events(acts: [(eId: String, uri: String, number: String, date: String)]) -> [Event] {
        var events: [Event] = []
        for stage in document.preface.stages {
            events.append(Event(date: stage.date, type: "generation", source: "#original", refersTo: "#" + stage.event))
        }
        let signed = document.frame.signature?.signature.date ?? document.chrome.pageTitleDate ?? document.work.date
        events.append(Event(date: signed, type: "generation", source: "#original", refersTo: "#signature"))
        if let entry = document.chrome.entryIntoForce {
            events.append(Event(date: entry, type: nil, source: "#original", refersTo: "#entryIntoForce"))
        }
        for act in acts {
            events.append(Event(date: act.date, type: "amendment", source: "#" + act.eId, refersTo: nil))
        }
        if let repealed = document.chrome.repealedOn {
            events.append(Event(date: repealed, type: "repeal", source: "#original", refersTo: "#repeal"))
        }
        // Stable order: by date, then as listed (generation before amendment on the same day).
        return events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    private func writeLifecycle(into xml: inout XMLText, depth: Int,
                                acts: [(eId: String, uri: String, number: String, date: String)]) {
        xml.newline(depth)
        xml.raw("<lifecycle source=\"#qonun\">")
        for (offset, event) in events(acts: acts).enumerated() {
            xml.newline(depth + 1)
            xml.raw("<eventRef")
            xml.attribute("eId", "event_\(offset + 1)")
            xml.attribute("date", event.date)
            xml.attribute("source", event.source)
            if let type = event.type { xml.attribute("type", type) }
            if let refersTo = event.refersTo { xml.attribute("refersTo", refersTo) }
            xml.raw("/>")
        }
        xml.newline(depth)
        xml.raw("</lifecycle>")
    }

    private func writeAnalysis(into xml: inout XMLText, depth: Int,
                               acts: [(eId: String, uri: String, number: String, date: String)]) {
        guard !document.amendments.isEmpty else { return }
        var refByURI: [String: String] = [:]
        for act in acts { refByURI[act.uri] = act.eId }
        xml.newline(depth)
        xml.raw("<analysis source=\"#qonun\">")
        xml.newline(depth + 1)
        xml.raw("<passiveModifications>")
        for (offset, amendment) in document.amendments.enumerated() {
            xml.newline(depth + 2)
            xml.raw("<textualMod")
            xml.attribute("eId", "passiveMod_\(offset + 1)")
            xml.attribute("type", amendment.kind.rawValue)
            xml.raw(">")
            xml.newline(depth + 3)
            xml.raw("<source")
            xml.attribute("href", "#" + (refByURI[amendment.actURI] ?? "original"))
            xml.raw("/>")
            xml.newline(depth + 3)
            xml.raw("<destination")
            xml.attribute("href", "#" + amendment.affectedEId)
            xml.raw("/>")
            xml.newline(depth + 2)
            xml.raw("</textualMod>")
        }
        xml.newline(depth + 1)
        xml.raw("</passiveModifications>")
        xml.newline(depth)
        xml.raw("</analysis>")
    }

    private func writeReferences(into xml: inout XMLText, depth: Int,
                                 acts: [(eId: String, uri: String, number: String, date: String)]) {
        func reference(_ element: String, _ eId: String, _ href: String, _ showAs: String) {
            xml.newline(depth + 1)
            xml.raw("<\(element)")
            xml.attribute("eId", eId)
            xml.attribute("href", href)
            xml.attribute("showAs", showAs)
            xml.raw("/>")
        }
        xml.newline(depth)
        xml.raw("<references source=\"#qonun\">")
        reference("original", "original", document.expressionURI, document.preface.title.isEmpty ? document.work.uri
                  : document.preface.title)
        for act in acts { reference("passiveRef", act.eId, act.uri, act.number + " (" + act.date + ")") }
        reference("TLCOrganization", "qonun", "/ontology/organization/qonun", "Qonun")
        reference("TLCOrganization", "legislator", "/ontology/organization/uz/oliyMajlis", "Oliy Majlis")
        reference("TLCEvent", "adoption", "/ontology/event/uz/adoption", "adoption by the Legislative Chamber")
        reference("TLCEvent", "approval", "/ontology/event/uz/approval", "approval by the Senate")
        reference("TLCEvent", "signature", "/ontology/event/uz/signature", "signature")
        reference("TLCEvent", "entryIntoForce", "/ontology/event/uz/entryIntoForce", "entry into force")
        reference("TLCEvent", "repeal", "/ontology/event/uz/repeal", "repeal")
        if let signature = document.frame.signature?.signature {
            reference("TLCRole", "signerRole", "/ontology/role/uz/" + TextFolding.asciiToken(signature.role.split(separator: " ").last ?? "signer"),
                      signature.role)
            reference("TLCPerson", "signer", "/ontology/person/uz/" + TextFolding.asciiToken(signature.person),
                      signature.person)
            if let place = signature.place {
                // "Toshkent sh.," and "г. Ташкент," both name the city by their longest word.
                let words: [Substring] = place.split(separator: Character(" "))
                var name = place
                for word in words where word.count > name.count || name == place { name = String(word) }
                reference("TLCLocation", "signaturePlace", "/ontology/location/uz/" + TextFolding.asciiToken(name.trimmingTrailingPunctuation()),
                          name.trimmingTrailingPunctuation())
            }
        }
        xml.newline(depth)
        xml.raw("</references>")
    }

    private func writeProprietary(into xml: inout XMLText, depth: Int) {
        xml.newline(depth)
        xml.raw("<proprietary source=\"#qonun\">")
        xml.newline(depth + 1)
        xml.raw("<qonun:textImport xmlns:qonun=\"\(Self.proprietaryNamespace)\"")
        xml.attribute("language", document.language.rawValue)
        if let script = document.script { xml.attribute("script", script.rawValue) }
        xml.attribute("source", document.sourceName)
        if let entry = document.chrome.entryIntoForce { xml.attribute("entryIntoForce", entry) }
        if let repealed = document.chrome.repealedOn { xml.attribute("repealedOn", repealed) }
        xml.raw("/>")
        xml.newline(depth)
        xml.raw("</proprietary>")
    }
}
