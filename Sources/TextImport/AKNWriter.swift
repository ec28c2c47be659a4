/// Writes an `ActDocument` as Akoma Ntoso 3.0 XML, valid against akomantoso30.xsd.
///
/// Editorial lines (amendment, publication and commentary notes) are written where they stand, as
/// `<p><remark status="editorial" class="amendment|publication|commentary">…</remark></p>`, so every line of the
/// input appears once and in order. A repealed article is `<article status="removed">` whose content is its
/// repeal note.
struct AKNWriter {
    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    private let document: ActDocument
    private var xml: XMLText

    init(_ document: ActDocument, capacity: Int) {
        self.document = document
        self.xml = XMLText(capacity: capacity)
    }

    /// The whole document.
    mutating func write() -> String {
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"\(Self.namespace)\">")
        xml.newline(1)
        xml.raw("<act")
        xml.attribute("name", document.name)
        xml.raw(">")
        var metadata = MetadataWriter(document)
        metadata.write(into: &xml, depth: 2)
        writePreface(depth: 2)
        writePreamble(depth: 2)
        xml.newline(2)
        xml.raw("<body>")
        for child in document.nodes[0].children { writeNode(child, depth: 3) }
        xml.newline(2)
        xml.raw("</body>")
        writeConclusions(depth: 2)
        xml.newline(1)
        xml.raw("</act>\n</akomaNtoso>\n")
        return xml.out
    }

    // MARK: - Preface, preamble, conclusions

    private mutating func writePreface(depth: Int) {
        let lines = document.frame.preface
        guard !lines.isEmpty else { return }
        let roles = document.preface.roles
        let hasTitle = roles.contains {
            if case .docType = $0 { return true }
            if case .docTitle = $0 { return true }
            return false
        }
        xml.newline(depth)
        xml.raw("<preface>")
        var titleOpen = false
        for (line, role) in zip(lines, roles) {
            switch role {
            case .docType, .docTitle:
                if !titleOpen && hasTitle {
                    xml.newline(depth + 1)
                    xml.raw("<longTitle>")
                    titleOpen = true
                }
                let element = { if case .docType = role { return "docType" } else { return "docTitle" } }()
                xml.newline(depth + 2)
                xml.raw("<p><\(element)>")
                xml.text(line.text)
                xml.raw("</\(element)></p>")
                continue
            default:
                break
            }
            if titleOpen {
                xml.newline(depth + 1)
                xml.raw("</longTitle>")
                titleOpen = false
            }
            switch role {
            case .stage(let date, let event):
                writeDated(line.text, date: date, refersTo: "#" + event, depth: depth + 1)
            case .note(let kind):
                writeBlock(.remark(line.text, kind: kind), depth: depth + 1)
            case .commentary:
                if document.keepCommentary { writeBlock(.remark(line.text, kind: "commentary"), depth: depth + 1) }
            default:
                writeBlock(.text(line.text), depth: depth + 1)
            }
        }
        if titleOpen {
            xml.newline(depth + 1)
            xml.raw("</longTitle>")
        }
        xml.newline(depth)
        xml.raw("</preface>")
    }

    private mutating func writePreamble(depth: Int) {
        guard let first = document.frame.preamble.first else { return }
        xml.newline(depth)
        xml.raw("<preamble>")
        xml.newline(depth + 1)
        xml.raw("<blockContainer eId=\"preamble__blockContainer_1\">")
        xml.newline(depth + 2)
        xml.raw("<heading>")
        xml.text(first.text)
        xml.raw("</heading>")
        for line in document.frame.preamble.dropFirst() { writeLine(line.text, depth: depth + 2) }
        if document.frame.preamble.count == 1 { writeBlock(.empty, depth: depth + 2) }
        xml.newline(depth + 1)
        xml.raw("</blockContainer>")
        xml.newline(depth)
        xml.raw("</preamble>")
    }

    private mutating func writeConclusions(depth: Int) {
        let lines = document.frame.conclusions
        guard !lines.isEmpty else { return }
        xml.newline(depth)
        xml.raw("<conclusions>")
        let roles = document.frame.signature?.roles ?? []
        for (offset, line) in lines.enumerated() {
            let role = offset < roles.count ? roles[offset] : .other
            let text = line.text
            switch role {
            case .signer(let roleEnd):
                var personStart = roleEnd
                while personStart < text.endIndex, text[personStart] == " " { personStart = text.index(after: personStart) }
                xml.newline(depth + 1)
                xml.raw("<p><signature><role refersTo=\"#signerRole\">")
                xml.text(text[..<roleEnd])
                xml.raw("</role>")
                xml.text(text[roleEnd..<personStart])
                xml.raw("<person refersTo=\"#signer\" as=\"#signerRole\">")
                xml.text(text[personStart...])
                xml.raw("</person></signature></p>")
            case .place:
                xml.newline(depth + 1)
                xml.raw("<p><location refersTo=\"#signaturePlace\">")
                xml.text(text)
                xml.raw("</location></p>")
            case .date(let date):
                writeDated(text, date: date, refersTo: "#signature", depth: depth + 1)
            case .number:
                xml.newline(depth + 1)
                xml.raw("<p><docNumber>")
                xml.text(text)
                xml.raw("</docNumber></p>")
            case .other:
                writeLine(text, depth: depth + 1)
            }
        }
        xml.newline(depth)
        xml.raw("</conclusions>")
    }

    /// A line outside the body: an editorial note becomes a remark, anything else a paragraph.
    private mutating func writeLine(_ text: Substring, depth: Int) {
        if let note = EditorialNote.parse(text) {
            writeBlock(.remark(text, kind: note.role == .publication ? "publication" : "amendment"), depth: depth)
        } else if Commentary.isStart(text) {
            if document.keepCommentary { writeBlock(.remark(text, kind: "commentary"), depth: depth) }
        } else {
            writeBlock(.text(text), depth: depth)
        }
    }

    private mutating func writeDated(_ text: Substring, date: LegalDate, refersTo: String, depth: Int) {
        xml.newline(depth)
        xml.raw("<p>")
        xml.text(text[..<date.range.lowerBound])
        xml.raw("<date")
        xml.attribute("date", date.iso)
        xml.attribute("refersTo", refersTo)
        xml.raw(">")
        xml.text(text[date.range])
        xml.raw("</date>")
        xml.text(text[date.range.upperBound...])
        xml.raw("</p>")
    }

    // MARK: - Body

    private mutating func writeNode(_ index: Int, depth: Int) {
        let node = document.nodes[index]
        xml.newline(depth)
        xml.raw("<" + node.element)
        xml.attribute("eId", node.eId)
        if let name = node.name { xml.attribute("name", name) }
        if node.removed { xml.attribute("status", "removed") }
        xml.raw(">")
        var hasNum = false
        if let made = node.madeNum {
            xml.newline(depth + 1)
            xml.raw("<num>")
            xml.text(made.prefix)
            xml.text(made.base)
            if made.sup > 0 { xml.raw("<sup>\(made.sup)</sup>") }
            xml.text(made.suffix)
            xml.raw("</num>")
            hasNum = true
        } else if let numText = node.numText {
            xml.newline(depth + 1)
            xml.raw("<num>")
            writeNum(numText, number: node.number)
            xml.raw("</num>")
            hasNum = true
        }
        if let heading = node.heading {
            if hasNum && !node.headingOnOwnLine { xml.raw(" ") } else { xml.newline(depth + 1) }
            xml.raw("<heading>")
            xml.text(heading)
            xml.raw("</heading>")
        }
        if let subheading = node.subheading {
            xml.newline(depth + 1)
            xml.raw("<subheading>")
            xml.text(subheading)
            xml.raw("</subheading>")
        }
        if !node.children.isEmpty {
            let intro = node.intro + node.content
            if !intro.isEmpty { writeBlocks(intro, element: "intro", depth: depth + 1) }
            for child in node.children { writeNode(child, depth: depth + 1) }
        } else {
            let blocks = node.intro + node.content
            if !blocks.isEmpty {
                let isLeaf = node.kind == nil || node.removed
                writeBlocks(blocks, element: isLeaf ? "content" : "intro", depth: depth + 1)
            }
        }
        xml.newline(depth)
        xml.raw("</" + node.element + ">")
    }

    /// Writes a number, showing a flattened superscript ("121-modda" for 12¹) as `12<sup>1</sup>-modda`.
    private mutating func writeNum(_ numText: Substring, number: HeadingNumber?) {
        guard let number, number.sup > 0, !number.explicitSup, let written = number.written,
              written.startIndex >= numText.startIndex, written.endIndex <= numText.endIndex else {
            xml.text(numText)
            return
        }
        let supText = String(number.sup)
        guard written.hasSuffix(supText), written.count > supText.count else {
            xml.text(numText)
            return
        }
        xml.text(numText[..<written.startIndex])
        xml.text(written.dropLast(supText.count))
        xml.raw("<sup>")
        xml.text(supText)
        xml.raw("</sup>")
        xml.text(numText[written.endIndex...])
    }

    private mutating func writeBlocks(_ blocks: [ProvisionNode.Block], element: String, depth: Int) {
        xml.newline(depth)
        xml.raw("<\(element)>")
        for block in blocks { writeBlock(block, depth: depth + 1) }
        xml.newline(depth)
        xml.raw("</\(element)>")
    }

    private mutating func writeBlock(_ block: ProvisionNode.Block, depth: Int) {
        xml.newline(depth)
        switch block {
        case .text(let text):
            xml.raw("<p>")
            xml.text(text)
            xml.raw("</p>")
        case .definition(let term, let rest):
            xml.raw("<p><def>")
            xml.text(term)
            xml.raw("</def>")
            xml.text(rest)
            xml.raw("</p>")
        case .remark(let text, let kind):
            xml.raw("<p><remark status=\"editorial\" class=\"\(kind)\">")
            xml.text(text)
            xml.raw("</remark></p>")
        case .empty:
            xml.raw("<p/>")
        }
    }
}
