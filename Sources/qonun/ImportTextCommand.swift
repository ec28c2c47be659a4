import ArgumentParser
import Foundation
import TextImport

/// `qonun import-text`: an act's official plain text to Akoma Ntoso.
struct ImportText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-text",
        abstract: "Convert an act's official plain text (Uzbek Latin or Cyrillic, Russian, English) to Akoma Ntoso.",
        discussion: """
        Reads the text as copied from the national legislation database, web page header and footer included, \
        and writes Akoma Ntoso 3.0 XML valid against the official schema. Books, parts, chapters, sections, \
        articles (12¹ and its flattened form "121-modda"), paragraphs, numbered points, indents and definitions \
        are marked up with eIds of the Akoma Ntoso naming convention. The page's noise and "Oldingi tahrirga \
        qarang." links are dropped; amendment notes stay in place as editorial remarks and become lifecycle \
        events and passive modifications; an article that is only a repeal note is an article with \
        status="removed". Language and script are detected when not given; the expression date is the \
        signature date unless --date says otherwise.

        Writes to standard output unless -o is given. On error prints one sentence to standard error and exits 1.

        Examples:
          qonun import-text ../shared/lexuz/Shaxsiy_Malumotlar_Qonuni.txt --uri /akn/uz/act/2019-07-02/orq-547 -o orq-547.xml
          qonun import-text law.txt --uri /akn/uz/act/2021-03-25/zru-680 --lang rus --date 2022-05-10
        """
    )

    @Argument(help: ArgumentHelp("The act's plain text, UTF-8.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The work URI, e.g. /akn/uz/act/2019-07-02/orq-547.", valueName: "work-uri"))
    var uri: String

    @Option(name: .long, help: ArgumentHelp("The language: uzb, rus or eng. Detected when not given.", valueName: "uzb|rus|eng"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("The script of the text: Latn or Cyrl. Detected when not given.", valueName: "Latn|Cyrl"))
    var script: String?

    @Option(name: .long, help: ArgumentHelp("The expression date. Default: the signature date, else the work date.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(name: .long, help: "Leave out editorial commentary (\"LexUZ sharhi\" blocks) instead of keeping it as remarks.")
    var dropCommentary = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the XML to this file instead of standard output.", valueName: "out"))
    var output: String?

    func validate() throws {
        if let lang, ActLanguage(rawValue: lang) == nil {
            throw ValidationError("--lang must be uzb, rus or eng, not '\(lang)'.")
        }
        if let script, Script(rawValue: script) == nil {
            throw ValidationError("--script must be Latn or Cyrl, not '\(script)'.")
        }
    }

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            printError("qonun import-text: \(file) cannot be read: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("qonun import-text: \(file) is not UTF-8 text.")
            throw ExitCode(1)
        }
        let options = TextImportOptions(language: lang.flatMap(ActLanguage.init(rawValue:)),
                                        script: script.flatMap(Script.init(rawValue:)), date: date,
                                        keepCommentary: !dropCommentary)
        let act: ImportedAct
        do {
            act = try TextImporter(options: options).convert(text, workURI: uri, sourceName: file)
        } catch {
            printError("qonun import-text: \(error.description)")
            throw ExitCode(1)
        }
        guard let output else {
            print(act.xml, terminator: "")
            return
        }
        do {
            try Data(act.xml.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            printError("qonun import-text: \(output) cannot be written: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let repealed = act.repealedArticles.isEmpty ? "" : " (\(act.repealedArticles.count) repealed)"
        printError("\(output): \(act.expressionURI), \(act.chapterCount) chapters, \(act.articleCount) articles"
                   + "\(repealed), \(act.amendments.count) amendment notes")
    }
}
