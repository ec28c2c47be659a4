/// HTML built on the server: every piece of text goes through `escape`, so nothing a commenter writes is markup.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Escaped text with line breaks kept.
    static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br/>")
    }

    /// The page shell shared by the server's pages, with the published site's stylesheet.
    static func page(title: String, language: String = "uz", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title)) — Qonun</title><link rel="stylesheet" href="/assets/qonun.css"/></head>
        <body><a class="skip-link" href="#main">Asosiy matnga oʻtish / Skip to content</a>
        <header class="site-header"><nav aria-label="Qonun"><a href="/index.html">Qonun</a> · <a href="/consultations/index.html">Muhokamalar</a> · <a href="/login">Kirish</a></nav></header>
        <main id="main">\(body)</main>
        <footer class="site-footer"><p>Qonun — ochiq muhokama platformasi</p></footer></body></html>
        """
    }
}
