import AkomaNtoso
import Foundation
import LibXML

/// Everything the registry stores for one expression, computed from a parsed document before the write
/// transaction starts (so the transaction is short and parsing can run on all cores).
struct PreparedExpression: Sendable {
    struct Row: Sendable {
        var parent: Int?          // index into `provisions`
        var provision: Provision
        var depth: Int
        var component: String?
        var status: String?
    }

    struct Link: Sendable {
        var amendingWork: String
        var amendedWork: String
        var amendedEId: String?
        var amendingEId: String?
        var type: String
        var date: String?
    }

    var path: String
    var hash: String
    var xml: Data
    /// What the registry stores: `xml` as an LZ4 block (compressed on the parsing thread; Akoma Ntoso shrinks
    /// about 3.5-fold), or `xml` itself when that does not make it smaller.
    var storedXML: Data
    /// `lz4` when `storedXML` is an LZ4 block, nil when it is `xml` as is.
    var xmlEncoding: String?
    var workURI: String
    var isAKN: Bool
    var country: String?
    var docType: String
    var subtype: String?
    var number: String?
    var workDate: String?
    var title: String?
    var expressionURI: String
    var language: String
    var script: String?
    var date: String
    var rows: [Row]
    /// The search tokens of `rows`, computed with them on the parsing thread.
    var tokens: PretokenizedText
    /// The passage key of each row (see `PassageKey`), in the order of `rows`.
    var passageKeys: [PassageKey]
    var events: [LifecycleEvent]
    /// The work each event's source points at (parsed here, on the parsing thread), in the order of `events`.
    var eventSourceWorks: [String?]
    var links: [Link]
    var repealedOn: String?
    var schemaValid: Bool?
}

extension PreparedExpression {
    /// Builds the record; throws when the document lacks what the registry needs to place it.
    init(document: AKNDocument, path: String, hash: String, xml: Data, schemaValid: Bool?) throws(RegistryError) {
        guard let identity = document.identity, let workText = identity.work.uri?.trimmed, !workText.isEmpty else {
            throw .unusableDocument(path: path, reason: "it has no FRBRWork/FRBRuri, so the registry cannot tell which work it is")
        }
        guard let expressionText = identity.expression.uri?.trimmed, !expressionText.isEmpty else {
            throw .unusableDocument(path: path, reason: "it has no FRBRExpression/FRBRuri, so the registry cannot tell which version it is")
        }
        let parsedWork = try? FRBRURI(parsing: workText)
        let parsedExpression = try? FRBRURI(parsing: expressionText)
        self.path = path
        self.hash = hash
        self.xml = xml
        (storedXML, xmlEncoding) = PreparedExpression.compressed(xml)
        workURI = parsedWork.map(\.workURI) ?? workText
        isAKN = parsedWork != nil
        country = parsedWork?.country ?? identity.work.country
        docType = document.type.rawValue
        subtype = parsedWork?.subtype ?? identity.work.subtype
        number = parsedWork?.number ?? identity.work.number
        workDate = identity.work.date
        title = document.title
        expressionURI = parsedExpression?.withoutSuffixes.description ?? expressionText
        language = parsedExpression?.language ?? document.language ?? "und"
        script = document.script
        date = PreparedExpression.effectiveDate(expression: parsedExpression, identity: identity)
        events = document.lifecycle
        eventSourceWorks = events.map { $0.sourceHref.flatMap(PreparedExpression.work(in:)) }
        repealedOn = document.lifecycle.last { $0.type.lowercased() == "repeal" }?.date
            ?? PreparedExpression.repealedByTitle(document.title, on: date)
        self.schemaValid = schemaValid

        let repealedEIds = Set(document.passiveModifications.filter { $0.type == "repeal" }.compactMap { $0.destination.flatMap(PreparedExpression.eId(in:)) })
        var rows: [Row] = []
        func add(_ provisions: [Provision], parent: Int?, depth: Int, component: String?) {
            for provision in provisions where !provision.isQuoted {
                let status = provision.status ?? (provision.eId.map { repealedEIds.contains($0) } == true ? "repealed" : nil)
                rows.append(Row(parent: parent, provision: provision, depth: depth, component: component, status: status))
                add(provision.children, parent: rows.count - 1, depth: depth + 1, component: component)
            }
        }
        add(document.provisions, parent: nil, depth: 0, component: nil)
        for component in document.components {
            guard let nested = component.document else { continue }
            add(nested.provisions, parent: nil, depth: 0, component: nested.name ?? component.eId ?? nested.type.rawValue)
        }
        self.rows = rows
        tokens = PretokenizedText(rows: rows)
        passageKeys = rows.map { PassageKey(heading: $0.provision.heading, text: $0.provision.text) }
        // A bill only proposes amendments: they become links when the enacted act records them.
        let ownWork = workURI
        links = PreparedExpression.links(document: document, workURI: ownWork, date: date)
            .filter { document.type != .bill || $0.amendedWork == ownWork }
    }

    /// The source as stored: an LZ4 block when that is smaller and decompresses to exactly the source (checked
    /// here, on the parsing thread: a stored source must come back byte for byte), else the source itself.
    static func compressed(_ xml: Data) -> (stored: Data, encoding: String?) {
        let block = LZ4Block.compress(xml)
        guard block.count < xml.count, LZ4Block.decompresses(block, to: xml) else { return (xml, nil) }
        return (block, "lz4")
    }

    /// The day the expression takes effect: its URI's `@date`, else FRBRExpression's date, else the work's.
    static func effectiveDate(expression: FRBRURI?, identity: FRBRIdentity) -> String {
        for candidate in [expression?.expressionDate, identity.expression.date, identity.work.date, expression?.date] {
            guard let candidate, !candidate.isEmpty else { continue }
            if CalendarDate.isValidDay(candidate) { return candidate }
            if CalendarDate.isValidPartial(candidate) {
                return candidate.count == 4 ? candidate + "-01-01" : candidate + "-01"
            }
        }
        return "0001-01-01"
    }

    /// legislation.gov.uk marks a repealed act in its title ("Election Act 1707(repealed)") rather than in the
    /// lifecycle; the version that says so takes effect on the day of the repeal.
    static func repealedByTitle(_ title: String?, on date: String) -> String? {
        // Only the end of the title is looked at (lowercasing whole titles cost more than the rest of this).
        guard let title else { return nil }
        // Most titles do not end in ")": answered from the last bytes, before any Unicode work.
        guard let last = title.utf8.reversed().first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }),
              last == UInt8(ascii: ")") || last >= 0x80 else { return nil }
        let tail = title.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.prefix(10)
        guard String(String.UnicodeScalarView(tail.reversed())).lowercased() == "(repealed)" else { return nil }
        return date
    }

    /// The eId an href points at: `#art_5`, `/akn/...~art_5`.
    static func eId(in href: String) -> String? {
        if href.hasPrefix("#") { return String(href.dropFirst()) }
        if let tilde = href.lastIndex(of: "~") { return String(href[href.index(after: tilde)...]) }
        return nil
    }

    /// The work an href points at, without expression, portion or fragment; nil for a local `#eId`.
    static func work(in href: String) -> String? {
        if href.hasPrefix("#") { return nil }
        if let uri = try? FRBRURI(parsing: href) { return uri.workURI }
        var text = Substring(href)
        if let cut = text.firstIndex(where: { $0 == "~" || $0 == "#" }) { text = text[..<cut] }
        while text.hasSuffix("/") { text = text.dropLast() }
        return text.isEmpty ? nil : String(text)
    }

    static func links(document: AKNDocument, workURI: String, date: String) -> [Link] {
        var links: [Link] = []
        for mod in document.passiveModifications {
            guard let source = mod.source, let amending = work(in: source) else { continue }
            links.append(Link(amendingWork: amending, amendedWork: workURI, amendedEId: mod.destination.flatMap(eId(in:)),
                              amendingEId: eId(in: source), type: mod.type, date: date))
        }
        for mod in document.activeModifications {
            guard let destination = mod.destination, let amended = work(in: destination) else { continue }
            links.append(Link(amendingWork: workURI, amendedWork: amended, amendedEId: eId(in: destination),
                              amendingEId: mod.source.flatMap(eId(in:)), type: mod.type, date: nil))
        }
        let textual = Set(links.map(\.amendingWork))
        for event in document.lifecycle {
            guard let href = event.sourceHref, let amending = work(in: href), amending != workURI, !textual.contains(amending) else { continue }
            links.append(Link(amendingWork: amending, amendedWork: workURI, amendedEId: nil, amendingEId: nil,
                              type: event.type, date: event.date))
        }
        return links
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
