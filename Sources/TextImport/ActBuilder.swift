/// Builds the body of an act in one pass over its lines: hierarchical units, articles, paragraphs, lists and
/// editorial notes, with Akoma Ntoso eIds.
struct ActBuilder {
    /// Where the next editorial note goes: the intro or the content of a node.
    private struct NoteTarget {
        var node: Int
        var intro: Bool
    }

    /// One open list: the node that holds its items, the items' numbering style and the last item.
    private struct ListLevel {
        var holder: Int
        var style: ItemMarker.Style?
        var lastItem: Int?
        var lastText: Substring?
        var definitions: Bool
    }

    let language: ActLanguage
    let script: Script?
    let keepCommentary: Bool
    let source: String

    private(set) var nodes: [ProvisionNode] = [ProvisionNode(element: "body", eId: "body")]
    private(set) var counts: [UnitKind: Int] = [:]
    private(set) var repealed: [String] = []
    private(set) var amendments: [Amendment] = []

    private var containers: [Int] = [0]
    private var article: Int?
    private var lastNumbers: [UnitKind: Position] = [:]
    private var levels: [ListLevel] = []
    private var target = NoteTarget(node: 0, intro: true)
    private var usedEIds: Set<String> = []
    private var pendingTitle: Int?
    /// A unit opened by the previous line, whose heading a following line may continue.
    private var justOpened: Int?
    private var commentaryLeft = 0
    private var namedUnits = 0
    private var fallbackContainer: Int?

    /// An article or unit number in document order: 12¹ is (12, 1).
    typealias Position = Provision.Position

    init(language: ActLanguage, script: Script?, keepCommentary: Bool, source: String) {
        self.language = language
        self.script = script
        self.keepCommentary = keepCommentary
        self.source = source
    }

    /// Adds the next line of the body.
    mutating func add(_ line: SourceLine) throws(TextImportError) {
        let text = line.text
        let opened = justOpened
        justOpened = nil
        if let heading = HeadingParser.parse(text) {
            pendingTitle = nil
            commentaryLeft = 0
            try open(heading, line: line)
            return
        }
        if Commentary.isStart(text) {
            pendingTitle = nil
            commentaryLeft = article == nil ? Int.max : 1
            if keepCommentary { attach(.remark(text, kind: "commentary")) }
            return
        }
        if commentaryLeft > 0 {
            commentaryLeft -= 1
            if keepCommentary { attach(.remark(text, kind: "commentary")) }
            return
        }
        if let note = EditorialNote.parse(text) {
            pendingTitle = nil
            handle(note, line: line)
            return
        }
        if let node = pendingTitle {
            nodes[node].heading = text
            nodes[node].headingOnOwnLine = true
            pendingTitle = nil
            justOpened = node
            return
        }
        if let node = opened, nodes[node].kind != .article, nodes[node].heading != nil, nodes[node].subheading == nil,
           text.utf8.count <= 300, !text.hasSuffix(":") {
            nodes[node].subheading = text
            return
        }
        addText(text)
    }

    // MARK: - Headings

    private mutating func open(_ heading: StructuralHeading, line: SourceLine) throws(TextImportError) {
        levels.removeAll()
        fallbackContainer = nil
        let kind = heading.kind
        if kind != .article {
            article = nil
            while containers.count > 1, let open = nodes[containers[containers.count - 1]].kind, open >= kind {
                containers.removeLast()
            }
        }
        let parent = containers[containers.count - 1]
        var number = heading.number
        let local: String
        if var parsed = number {
            guard parsed.value > 0 || parsed.sup > 0 else {
                throw .invalidNumber(source: source, line: line.number, text: String(line.text))
            }
            let position = resolve(parsed, kind: kind)
            parsed.value = position.base
            parsed.sup = position.sup
            number = parsed
            local = kind.eIdPrefix + "_" + Provision.suffix(position)
        } else {
            namedUnits += 1
            local = kind.eIdPrefix + "_" + String(counts[kind, default: 0] + 1)
        }
        let eId = kind.numberedWithinParent && parent != 0 ? nodes[parent].eId + "__" + local : local
        var node = ProvisionNode(element: kind.element, eId: unique(eId, parent: parent), kind: kind)
        node.number = number
        node.numText = heading.numText
        node.heading = heading.title
        let index = append(node, to: parent)
        counts[kind, default: 0] += 1
        if kind == .article {
            article = index
        } else {
            containers.append(index)
            if heading.title == nil && heading.numText != nil { pendingTitle = index } else { justOpened = index }
        }
        target = NoteTarget(node: index, intro: true)
    }

    /// Reads a flattened superscript: "121-modda" right after article 12 is 12¹, "1737" after 173⁶ is 173⁷.
    private mutating func resolve(_ number: HeadingNumber, kind: UnitKind) -> Position {
        var position = Position(base: number.value, sup: number.sup)
        if !number.explicitSup, number.sup == 0, let digits = number.digits,
           kind == .article || kind == .chapter || kind == .part, let last = lastNumbers[kind] {
            position = Provision.unflatten(digits, after: last, strict: true) ?? position
        }
        lastNumbers[kind] = position
        return position
    }

    // MARK: - Text

    private mutating func addText(_ text: Substring) {
        guard article != nil else { addUnstructured(.text(text)); return }
        let marker = ItemMarker.parse(text)
        guard !levels.isEmpty else { startParagraph(text, marker: marker); return }
        let style = marker?.style ?? .plain
        if let level = levels.lastIndex(where: { $0.style == style }) {
            if style == .plain, let last = levels[level].lastText, Provision.endsSentence(last) {
                levels.removeAll()
                startParagraph(text, marker: marker)
                return
            }
            addItem(at: level, marker: marker, text: text)
            return
        }
        let top = levels.count - 1
        if levels[top].style == nil {
            levels[top].style = style
            addItem(at: top, marker: marker, text: text)
            return
        }
        if let lastText = levels[top].lastText, let lastItem = levels[top].lastItem, lastText.hasSuffix(":") {
            nodes[lastItem].intro = nodes[lastItem].content
            nodes[lastItem].content = []
            levels.append(ListLevel(holder: lastItem, style: style, definitions: Provision.introducesDefinitions(lastText)))
            addItem(at: levels.count - 1, marker: marker, text: text)
            return
        }
        if marker != nil {
            addItem(at: top, marker: marker, text: text)
            return
        }
        levels.removeAll()
        startParagraph(text, marker: nil)
    }

    private mutating func startParagraph(_ text: Substring, marker: ItemMarker?) {
        guard let article else { return }
        let count = nodes[article].children.count + 1
        let eId = unique(nodes[article].eId + "__para_" + String(count), parent: article)
        let paragraph = append(ProvisionNode(element: "paragraph", eId: eId), to: article)
        if let marker {
            levels = [ListLevel(holder: paragraph, style: marker.style, definitions: false)]
            addItem(at: 0, marker: marker, text: text)
            return
        }
        if text.hasSuffix(":") {
            nodes[paragraph].intro = [.text(text)]
            levels = [ListLevel(holder: paragraph, style: nil, definitions: Provision.introducesDefinitions(text))]
            target = NoteTarget(node: paragraph, intro: true)
        } else {
            nodes[paragraph].content = [.text(text)]
            target = NoteTarget(node: paragraph, intro: false)
        }
    }

    private mutating func addItem(at level: Int, marker: ItemMarker?, text: Substring) {
        levels.removeSubrange((level + 1)...)
        let holder = levels[level].holder
        let local: String
        if let marker {
            local = "point_" + marker.token
        } else {
            let indents = nodes[holder].children.reduce(0) { $0 + (nodes[$1].element == "indent" ? 1 : 0) }
            local = "indent_" + String(indents + 1)
        }
        var node = ProvisionNode(element: marker == nil ? "indent" : "point",
                                 eId: unique(nodes[holder].eId + "__" + local, parent: nil))
        node.numText = marker?.numText
        let body = marker?.rest ?? text
        if levels[level].definitions, marker == nil, let dash = Provision.definitionDash(in: body) {
            node.content = [.definition(term: body[..<dash], rest: body[dash...])]
        } else {
            node.content = [.text(body)]
        }
        let item = append(node, to: holder)
        levels[level].lastItem = item
        levels[level].lastText = text
        target = NoteTarget(node: item, intro: false)
    }

    /// Text that stands in a hierarchical unit outside any article goes into an `hcontainer`.
    private mutating func addUnstructured(_ block: ProvisionNode.Block) {
        if let open = fallbackContainer {
            nodes[open].content.append(block)
            return
        }
        let parent = containers[containers.count - 1]
        let count = nodes[parent].children.count + 1
        let local = "hcontainer_" + String(count)
        var node = ProvisionNode(element: "hcontainer", eId: unique(parent == 0 ? local : nodes[parent].eId + "__" + local,
                                                                     parent: nil))
        node.name = "text"
        node.content = [block]
        let index = append(node, to: parent)
        fallbackContainer = index
        target = NoteTarget(node: index, intro: false)
    }

    // MARK: - Notes

    private mutating func handle(_ note: EditorialNote, line: SourceLine) {
        guard case .amendment(let kind) = note.role else {
            attach(.remark(line.text, kind: "publication"))
            return
        }
        let current = lastNumbers[.article]
        if kind == .repeal, case .articles(let numbers) = note.subject {
            let named = Provision.expand(numbers, current: current)
            if let first = named.first {
                if current.map({ first > $0 }) ?? true {
                    synthesizeRepealed(named, note: note, line: line)
                    return
                }
                if let article, first == current, !nodes[article].hasText {
                    nodes[article].removed = true
                    repealed.append(nodes[article].eId)
                }
            }
        }
        attach(.remark(line.text, kind: "amendment"))
        record(note, kind: kind, affected: affectedEId(note), line: line)
    }

    private mutating func synthesizeRepealed(_ positions: [Position], note: EditorialNote, line: SourceLine) {
        levels.removeAll()
        fallbackContainer = nil
        let parent = containers[containers.count - 1]
        let label = Provision.articleLabel(language: language, script: script)
        for (offset, position) in positions.enumerated() {
            var node = ProvisionNode(element: "article", eId: unique("art_" + Provision.suffix(position), parent: parent),
                                     kind: .article)
            node.removed = true
            node.madeNum = (String(position.base), position.sup, label.prefix, label.suffix)
            node.content = [offset == 0 ? .remark(line.text, kind: "amendment") : .empty]
            let index = append(node, to: parent)
            counts[.article, default: 0] += 1
            repealed.append(node.eId)
            lastNumbers[.article] = position
            article = index
            target = NoteTarget(node: index, intro: false)
            if case .amendment(let kind) = note.role { record(note, kind: kind, affected: node.eId, line: line) }
        }
    }

    private func affectedEId(_ note: EditorialNote) -> String {
        switch note.subject {
        case .articles(let numbers):
            if let article, let first = numbers.first {
                let position = Provision.unflatten(first.digits, after: lastNumbers[.article], strict: false,
                                                   sup: first.sup)
                if position == lastNumbers[.article] { return nodes[article].eId }
                if let position { return "art_" + Provision.suffix(position) }
            }
        case .articlePart:
            if let article { return target.node >= article ? nodes[target.node].eId : nodes[article].eId }
        case .chapter:
            if let chapter = containers.last(where: { nodes[$0].kind == .chapter }) { return nodes[chapter].eId }
        case .other:
            break
        }
        return nodes[target.node].eId
    }

    private mutating func record(_ note: EditorialNote, kind: Amendment.Kind, affected: String, line: SourceLine) {
        guard let number = note.actNumber, let date = note.actDate else { return }
        let subtype = note.actType == "law" || note.actType == "act" ? "" : note.actType + "/"
        let uri = "/akn/uz/act/" + subtype + date + "/" + TextFolding.asciiToken(number)
        amendments.append(Amendment(actNumber: number, actDate: date, actURI: uri, affectedEId: affected, kind: kind,
                                    line: line.number, note: String(line.text)))
    }

    // MARK: - Tree

    private mutating func attach(_ block: ProvisionNode.Block) {
        if target.node == 0 {
            addUnstructured(block)
            return
        }
        if target.intro { nodes[target.node].intro.append(block) } else { nodes[target.node].content.append(block) }
    }

    private mutating func append(_ node: ProvisionNode, to parent: Int) -> Int {
        nodes.append(node)
        let index = nodes.count - 1
        nodes[parent].children.append(index)
        usedEIds.insert(node.eId)
        return index
    }

    /// An eId not used yet: a clash is resolved by the parent's eId as prefix, then by a counter.
    private func unique(_ eId: String, parent: Int?) -> String {
        if !usedEIds.contains(eId) { return eId }
        if let parent, parent != 0 {
            let prefixed = nodes[parent].eId + "__" + eId
            if !usedEIds.contains(prefixed) { return prefixed }
        }
        var counter = 2
        while usedEIds.contains(eId + "-" + String(counter)) { counter += 1 }
        return eId + "-" + String(counter)
    }
}
