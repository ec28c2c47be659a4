import Foundation

/// A small Akoma Ntoso act written for tests, with parts that each test can break.
struct MinimalAct {
    var workURI = "/akn/uz/act/2020-01-15/demo-1"
    var expressionURI = "/akn/uz/act/2020-01-15/demo-1/uzb@2020-01-15"
    var country = "uz"
    var language = "uzb"
    var workDate: String? = "2020-01-15"
    var body = """
        <article eId="art_1"><num>1-modda.</num><heading>Maqsad</heading>
          <paragraph eId="art_1__para_1"><content><p>Birinchi xatboshi.</p></content></paragraph>
        </article>
        <article eId="art_2"><num>2-modda.</num><heading>Tushunchalar</heading>
          <paragraph eId="art_2__para_1"><content><p>Ikkinchi xatboshi.</p></content></paragraph>
        </article>
        """
    var attachments = ""

    var xml: String {
        let date = workDate.map { "<FRBRdate date=\"\($0)\" name=\"Generation\"/>" } ?? ""
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act name="act">
            <meta>
              <identification source="#qonun">
                <FRBRWork>
                  <FRBRthis value="\(workURI)/!main"/>
                  <FRBRuri value="\(workURI)"/>
                  \(date)
                  <FRBRauthor href="#parliament"/>
                  <FRBRcountry value="\(country)"/>
                </FRBRWork>
                <FRBRExpression>
                  <FRBRthis value="\(expressionURI)/!main"/>
                  <FRBRuri value="\(expressionURI)"/>
                  <FRBRdate date="2020-01-15" name="Generation"/>
                  <FRBRauthor href="#parliament"/>
                  <FRBRlanguage language="\(language)"/>
                </FRBRExpression>
                <FRBRManifestation>
                  <FRBRthis value="\(expressionURI)/!main.xml"/>
                  <FRBRuri value="\(expressionURI).akn"/>
                  <FRBRdate date="2020-01-16" name="transform"/>
                  <FRBRauthor href="#qonun"/>
                </FRBRManifestation>
              </identification>
            </meta>
            <body>
            \(body)
            </body>
            \(attachments)
          </act>
        </akomaNtoso>
        """
    }

    func document() throws -> AKNDocumentBox { try AKNDocumentBox(xml) }
}

import AkomaNtoso

/// Parses test XML into the model.
struct AKNDocumentBox {
    let document: AKNDocument
    init(_ xml: String) throws { document = try AKNDocument(data: Data(xml.utf8), name: "test.xml") }
    var issues: [ValidationIssue] { StructureChecker().check(document) }
}
