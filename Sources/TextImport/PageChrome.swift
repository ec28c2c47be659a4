/// The web page around an act copied from the national database: the header (page title, entry-into-force
/// date, "share" buttons, script switches such as "РУС", "ENG", "O‘ZB|РУС"), the footer ("Марказ ҳақида", "©"),
/// and the "Oldingi tahrirga qarang." links between provisions. None of it is text of the act.
struct PageChrome: Sendable {
    /// The index of the first line after the header.
    var headerEnd = 0
    /// The index of the first footer line (the line count when there is no footer).
    var footerStart: Int
    /// The act's date in the page title ("…, 02.07.2019 yildagi O‘RQ-547-son").
    var pageTitleDate: String?
    /// The act's number in the page title.
    var pageTitleNumber: String?
    /// The entry-into-force date shown under "Кучга кириш санаси".
    var entryIntoForce: String?
    /// The date shown by "Hujjat kuchini yo‘qotgan 15.06.2000".
    var repealedOn: String?

    private static let switchTokens: Set<String> = ["рус", "eng", "ўзб", "o'zb", "узб", "uzb", "rus", "ўз", "oz", "o'z"]
    private static let headerLabels: Set<String> = [
        "кучга кириш санаси", "қўшимча ахборот", "улашиш", "kuchga kirish sanasi", "qo'shimcha axborot", "ulashish",
        "дата вступления в силу", "дополнительная информация", "поделиться", "date of entry into force",
        "entry into force date", "additional information", "share",
    ]
    private static let entryLabels: Set<String> = [
        "кучга кириш санаси", "kuchga kirish sanasi", "дата вступления в силу", "date of entry into force",
        "entry into force date",
    ]
    private static let repealPrefixes = ["hujjat kuchini yo'qotgan", "ҳужжат кучини йўқотган", "документ утратил силу",
                                         "the document has lost force", "document lost force"]
    private static let footerLabels: Set<String> = [
        "марказ ҳақида", "сайт янгиликлари", "сайтда реклама", "rss", "markaz haqida", "sayt yangiliklari",
        "saytda reklama", "о центре", "новости сайта", "реклама на сайте", "about the center", "site news",
        "advertising on the site",
    ]
    private static let noiseLines: Set<String> = [
        "oldingi tahrirga qarang", "олдинги таҳрирга қаранг", "см. предыдущую редакцию", "смотреть предыдущую редакцию",
        "see previous edition", "see the previous edition", "see previous version", "see the previous version",
    ]

    /// Finds the header and footer of a page.
    static func detect(_ lines: [SourceLine]) -> PageChrome {
        var chrome = PageChrome(footerStart: lines.count)
        var lastChrome = -1
        var firstChrome = -1
        var index = 0
        let headerLimit = min(lines.count, 25)
        while index < headerLimit {
            let text = lines[index].text
            guard text.utf8.count <= 80 else { index += 1; continue }
            let key = TextFolding.key(text)
            if isSwitchLine(key) || headerLabels.contains(key) {
                if firstChrome < 0 { firstChrome = index }
                lastChrome = index
                if entryLabels.contains(key), index + 1 < lines.count,
                   let date = LegalDate.first(in: lines[index + 1].text),
                   date.range.upperBound == lines[index + 1].text.endIndex {
                    chrome.entryIntoForce = date.iso
                    index += 1
                    lastChrome = index
                }
            } else if repealPrefixes.contains(where: { key.hasPrefix($0) }) {
                chrome.repealedOn = LegalDate.first(in: text)?.iso
                lastChrome = index
            }
            index += 1
        }
        if lastChrome >= 0 {
            chrome.headerEnd = lastChrome + 1
            for titleIndex in 0..<max(firstChrome, 0) {
                let title = lines[titleIndex].text
                if let date = LegalDate.first(in: title) {
                    chrome.pageTitleDate = date.iso
                    chrome.pageTitleNumber = Self.number(in: title[date.range.upperBound...])
                }
            }
        }
        var footer = max(chrome.headerEnd, lines.count - 12)
        while footer < lines.count {
            let text = lines[footer].text
            if text.utf8.count <= 60, text.hasPrefix("©") || footerLabels.contains(TextFolding.key(text)) {
                chrome.footerStart = footer
                break
            }
            footer += 1
        }
        return chrome
    }

    /// Whether a line is a link to the previous wording ("Oldingi tahrirga qarang.").
    static func isNoise(_ text: Substring) -> Bool {
        guard text.utf8.count <= 64, let first = text.unicodeScalars.first,
              first == "O" || first == "О" || first == "С" || first == "S" else { return false }
        var key = TextFolding.key(text)
        while key.hasSuffix(".") { key.removeLast() }
        return noiseLines.contains(key)
    }

    private static func isSwitchLine(_ key: String) -> Bool {
        let tokens = key.split(separator: "|")
        return !tokens.isEmpty && tokens.allSatisfy { switchTokens.contains(String($0).trimmed()) }
    }

    /// The act number in a page title or signature: the token before "-son"/"-сон", or after "№"/"No.".
    static func number(in text: Substring) -> String? {
        for marker in ["-sonli", "-son", "-сонли", "-сон"] {
            if let range = ByteSearch.firstRange(of: marker, in: text) {
                if let token = text[..<range.lowerBound].split(separator: " ").last { return String(token) }
            }
        }
        for marker in ["№", "No."] {
            if let range = ByteSearch.firstRange(of: marker, in: text),
               let token = text[range.upperBound...].split(separator: " ").first {
                return String(token).trimmingTrailingPunctuation()
            }
        }
        return nil
    }
}

extension String {
    func trimmed() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
