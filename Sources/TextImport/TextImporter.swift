/// Converts the official plain text of an act (Uzbek in Latin or Cyrillic script, Russian or English), as copied
/// from the national legislation database, into Akoma Ntoso 3.0 XML.
///
/// The text is read once, line by line: the web page's header and footer and the "Oldingi tahrirga qarang."
/// links are dropped; the preface (type, title, chambers' dates), the preamble, the body (books, parts,
/// chapters, sections, articles, paragraphs, lists) and the conclusions (signature block, publication) are
/// recognised; amendment notes stay where they stand as editorial remarks and are also collected as lifecycle
/// events and passive modifications.
public struct TextImporter: Sendable {
    /// The options every conversion of this importer uses.
    public var options: TextImportOptions

    /// Creates an importer.
    public init(options: TextImportOptions = .init()) {
        self.options = options
    }

    /// Converts one act.
    ///
    /// - Parameters:
    ///   - text: The act's plain text.
    ///   - workURI: The Akoma Ntoso work URI, such as `/akn/uz/act/2019-07-02/orq-547`.
    ///   - sourceName: The name used for the input in error messages and metadata.
    public func convert(_ text: String, workURI: String, sourceName: String = "input") throws(TextImportError)
        -> ImportedAct {
        let work = try WorkURI(workURI)
        if let date = options.date, !LegalDate.isValidISO(date) { throw .invalidDate(date) }
        let all = SourceLine.split(text)
        let chrome = PageChrome.detect(all)
        var lines: [SourceLine] = []
        lines.reserveCapacity(all.count)
        if chrome.headerEnd < chrome.footerStart {
            for line in all[chrome.headerEnd..<chrome.footerStart] where !PageChrome.isNoise(line.text) {
                lines.append(line)
            }
        }
        guard !lines.isEmpty else { throw .emptyInput(source: sourceName) }
        guard let frame = ActFrame.split(lines) else { throw .noStructureFound(source: sourceName) }

        let detected = LanguageDetector.detect(frame.body.prefix(400))
        let language = options.language ?? detected.0
        let script = options.script ?? (options.language == nil || options.language == detected.0 ? detected.1 : nil)

        var builder = ActBuilder(language: language, script: script, keepCommentary: options.keepCommentary,
                                 source: sourceName)
        for line in frame.body { try builder.add(line) }

        let preface = ActPreface(frame.preface)
        let signature = frame.signature?.signature
        let expressionDate = options.date ?? signature?.date ?? chrome.pageTitleDate ?? work.date
        let expressionURI = work.uri + "/" + language.rawValue + "@" + expressionDate
        let document = ActDocument(
            work: work, expressionURI: expressionURI, expressionDate: expressionDate, language: language,
            script: script, name: Self.actName(preface), sourceName: sourceName,
            keepCommentary: options.keepCommentary, frame: frame, preface: preface, nodes: builder.nodes,
            amendments: builder.amendments, chrome: chrome, publication: Self.publication(frame.conclusions))
        var writer = AKNWriter(document, capacity: text.utf8.count * 2 + 4096)
        let xml = writer.write()

        return ImportedAct(
            xml: xml, language: language, script: script, title: preface.title, workURI: work.uri,
            expressionURI: expressionURI, expressionDate: expressionDate,
            bookCount: builder.counts[.book, default: 0], partCount: builder.counts[.part, default: 0],
            chapterCount: builder.counts[.chapter, default: 0], articleCount: builder.counts[.article, default: 0],
            repealedArticles: builder.repealed, amendments: builder.amendments,
            adoptionDates: preface.stages.map(\.date), signature: signature, entryIntoForce: chrome.entryIntoForce,
            repealedOn: chrome.repealedOn)
    }

    /// `code`, `constitution` or `law`, from the words of the title.
    private static func actName(_ preface: ActPreface) -> String {
        let key = TextFolding.key((preface.docType ?? "") + " " + preface.title)
        if ByteSearch.contains(key, "kodeks") || ByteSearch.contains(key, "кодекс") || ByteSearch.contains(key, "code") { return "code" }
        if ByteSearch.contains(key, "konstitutsiya") || ByteSearch.contains(key, "конститу") || ByteSearch.contains(key, "constitution") {
            return "constitution"
        }
        return "law"
    }

    /// The first publication with a full date among the closing notes:
    /// "(Qonunchilik maʼlumotlari milliy bazasi, 16.04.2022-y., 03/22/764/0313-son)".
    private static func publication(_ lines: ArraySlice<SourceLine>) -> (date: String, name: String, showAs: String)? {
        for line in lines {
            guard let note = EditorialNote.parse(line.text), note.role == .publication,
                  let date = LegalDate.first(in: line.text) else { continue }
            let inner = line.text.dropFirst()
            let name = inner.split(separator: ",", maxSplits: 1).first.map(String.init) ?? String(inner)
            let showAs = String(inner[..<date.range.upperBound])
            return (date.iso, name, showAs)
        }
        return nil
    }
}
