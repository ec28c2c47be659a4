/// Serialises one version of a synthetic act in one language as an Akoma Ntoso 3.0 document, valid against
/// akomantoso30.xsd: FRBR identification, lifecycle, references, Qonun's script metadata, preface, body
/// (chapters > articles > paragraphs > points) and conclusions.
struct AKNActWriter {
    /// The act.
    let act: ActPlan
    /// The language written.
    let language: BenchLanguage
    /// The text generator for that language.
    let text: LegalTextGenerator

    /// The XML of version `versionIndex`.
    func xml(version versionIndex: Int) -> String {
        let version = act.versions[versionIndex]
        let expression = act.expressionURI(language: language, version: version)
        let title = language.title(subject: act.subject)
        var out = XMLText()
        out.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line(0, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">")
        out.line(1, "<act name=\"qonun\" contains=\"\(versionIndex == 0 ? "originalVersion" : "singleVersion")\">")
        out.line(2, "<meta>")
        out.line(3, "<identification source=\"#qonun\">")
        out.line(4, "<FRBRWork>")
        out.line(5, "<FRBRthis value=\"\(act.workURI)/!main\"/>")
        out.line(5, "<FRBRuri value=\"\(act.workURI)\"/>")
        out.line(5, "<FRBRdate date=\"\(act.workDate)\" name=\"enactment\"/>")
        out.line(5, "<FRBRauthor href=\"#oliy-majlis\"/>")
        out.line(5, "<FRBRcountry value=\"uz\"/>")
        out.line(5, "<FRBRnumber value=\"\(act.number)\"/>")
        out.line(5, "<FRBRname value=\"\(XMLText.escaped(title))\"/>")
        out.line(4, "</FRBRWork>")
        out.line(4, "<FRBRExpression>")
        out.line(5, "<FRBRthis value=\"\(expression)/!main\"/>")
        out.line(5, "<FRBRuri value=\"\(expression)\"/>")
        out.line(5, "<FRBRdate date=\"\(version.date)\" name=\"\(versionIndex == 0 ? "enactment" : "consolidation")\"/>")
        out.line(5, "<FRBRauthor href=\"#oliy-majlis\"/>")
        out.line(5, "<FRBRauthoritative value=\"false\"/>")
        out.line(5, "<FRBRlanguage language=\"\(language.code)\"/>")
        out.line(4, "</FRBRExpression>")
        out.line(4, "<FRBRManifestation>")
        out.line(5, "<FRBRthis value=\"\(expression)/!main.xml\"/>")
        out.line(5, "<FRBRuri value=\"\(expression).akn\"/>")
        out.line(5, "<FRBRdate date=\"\(version.date)\" name=\"markup\"/>")
        out.line(5, "<FRBRauthor href=\"#qonun\"/>")
        out.line(5, "<FRBRformat value=\"application/akn+xml\"/>")
        out.line(4, "</FRBRManifestation>")
        out.line(3, "</identification>")
        out.line(3, "<lifecycle source=\"#qonun\">")
        out.line(4, "<eventRef eId=\"evt_1\" date=\"\(act.workDate)\" source=\"#original\" type=\"generation\"/>")
        for amendment in act.versions.indices.dropFirst() where amendment <= versionIndex {
            out.line(4, "<eventRef eId=\"evt_\(amendment + 1)\" date=\"\(act.versions[amendment].date)\" source=\"#amendment-\(amendment)\" type=\"amendment\"/>")
        }
        out.line(3, "</lifecycle>")
        out.line(3, "<references source=\"#qonun\">")
        out.line(4, "<original eId=\"original\" href=\"\(act.expressionURI(language: language, version: act.versions[0]))\" showAs=\"\(XMLText.escaped(title))\"/>")
        for amendment in act.versions.indices.dropFirst() where amendment <= versionIndex {
            let date = act.versions[amendment].date
            out.line(4, "<passiveRef eId=\"amendment-\(amendment)\" href=\"/akn/uz/act/\(date)/\(act.number)-amd-\(amendment)\" showAs=\"\(act.number)-amd-\(amendment)\"/>")
        }
        out.line(4, "<TLCOrganization eId=\"qonun\" href=\"/ontology/organization/qonun\" showAs=\"Qonun benchmark corpus\"/>")
        out.line(4, "<TLCOrganization eId=\"oliy-majlis\" href=\"/ontology/organization/uz/oliyMajlis\" showAs=\"Oliy Majlis\"/>")
        out.line(3, "</references>")
        out.line(3, "<proprietary source=\"#qonun\" xmlns:qonun=\"https://qonun.uz/ns/1.0\">")
        out.line(4, "<qonun:script>\(language.script)</qonun:script>")
        out.line(4, "<qonun:demonstration>true</qonun:demonstration>")
        out.line(4, "<qonun:official>false</qonun:official>")
        out.line(3, "</proprietary>")
        out.line(2, "</meta>")
        out.line(2, "<preface>")
        out.line(3, "<p class=\"docType\"><docType>\(XMLText.escaped(language.docType))</docType></p>")
        out.line(3, "<longTitle>")
        out.line(4, "<p><docTitle>\(XMLText.escaped(title))</docTitle></p>")
        out.line(3, "</longTitle>")
        out.line(2, "</preface>")
        out.line(2, "<body>")
        for chapter in version.chapters { write(chapter, articleCount: version.articleCount, into: &out) }
        out.line(2, "</body>")
        out.line(2, "<conclusions>")
        out.line(3, "<p class=\"number\">№ <docNumber>\(act.number.uppercased())</docNumber></p>")
        out.line(2, "</conclusions>")
        out.line(1, "</act>")
        out.line(0, "</akomaNtoso>")
        return out.text
    }

    private func write(_ chapter: ActPlan.Chapter, articleCount: Int, into out: inout XMLText) {
        out.line(3, "<chapter eId=\"chp_\(chapter.number)\">")
        out.line(4, "<num>\(language.chapterNum(chapter.number))</num>")
        out.line(4, "<heading>\(XMLText.escaped(text.heading(chapter.headingSeed)))</heading>")
        for article in chapter.articles {
            out.line(4, "<article eId=\"\(article.eId)\">")
            out.line(5, "<num>\(language.articleNum(article.label))</num>")
            out.line(5, "<heading>\(XMLText.escaped(text.heading(article.headingSeed)))</heading>")
            for (index, paragraph) in article.paragraphs.enumerated() {
                write(paragraph, eId: "\(article.eId)__para_\(index + 1)", articleCount: articleCount, into: &out)
            }
            out.line(4, "</article>")
        }
        out.line(3, "</chapter>")
    }

    private func write(_ paragraph: ActPlan.Paragraph, eId: String, articleCount: Int, into out: inout XMLText) {
        out.line(5, "<paragraph eId=\"\(eId)\">")
        if paragraph.points.isEmpty {
            out.line(6, "<content>")
            out.line(7, "<p>\(XMLText.escaped(text.paragraph(paragraph.seed, articleCount: articleCount)))</p>")
            out.line(6, "</content>")
        } else {
            out.line(6, "<intro>")
            out.line(7, "<p>\(XMLText.escaped(text.intro(paragraph.seed)))</p>")
            out.line(6, "</intro>")
            for (index, point) in paragraph.points.enumerated() {
                out.line(6, "<point eId=\"\(eId)__point_\(index + 1)\">")
                out.line(7, "<num>\(index + 1))</num>")
                out.line(7, "<content>")
                out.line(8, "<p>\(XMLText.escaped(text.point(point.seed, last: index == paragraph.points.count - 1)))</p>")
                out.line(7, "</content>")
                out.line(6, "</point>")
            }
        }
        out.line(5, "</paragraph>")
    }
}
