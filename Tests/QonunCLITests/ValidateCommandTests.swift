import Foundation
import Testing
import TestSupport

/// `qonun validate` as a user runs it: output lines, JSON, exit statuses, hostile files.
@Suite struct ValidateCommandTests {
    static let validAct = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta>
        <identification source="#q"><FRBRWork><FRBRthis value="/akn/uz/act/2020-01-15/t-1/!main"/><FRBRuri value="/akn/uz/act/2020-01-15/t-1"/>
        <FRBRdate date="2020-01-15" name="Generation"/><FRBRauthor href="#p"/><FRBRcountry value="uz"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/uz/act/2020-01-15/t-1/uzb@/!main"/><FRBRuri value="/akn/uz/act/2020-01-15/t-1/uzb@"/>
        <FRBRdate date="2020-01-15" name="Generation"/><FRBRauthor href="#p"/><FRBRlanguage language="uzb"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/uz/act/2020-01-15/t-1/uzb@/!main.xml"/><FRBRuri value="/akn/uz/act/2020-01-15/t-1/uzb@.akn"/>
        <FRBRdate date="2020-01-15" name="Generation"/><FRBRauthor href="#p"/></FRBRManifestation></identification>
        <references source="#q"><TLCOrganization eId="p" href="/ontology/organization/uz/parliament" showAs="Parliament"/>
        <TLCOrganization eId="q" href="/ontology/organization/uz/qonun" showAs="Qonun"/></references></meta>
        <body><article eId="art_1"><num>1-modda.</num><heading>Maqsad</heading><content><p>Matn.</p></content></article></body>
        </act></akomaNtoso>
        """

    private func write(_ files: [String: String]) throws -> URL {
        let folder = try Fixtures.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func aValidFilePrintsOKAndExitsZero() throws {
        let folder = try write(["act.xml": Self.validAct])
        let result = try CommandRunner.qonun(["validate", folder.appendingPathComponent("act.xml").path])
        #expect(result.status == 0)
        #expect(result.stdout == "OK \(folder.path)/act.xml\n")
        #expect(result.stderr == "")
    }

    @Test func aStructurallyInvalidFilePrintsTheLineAndReasonAndExitsOne() throws {
        let broken = Self.validAct.replacingOccurrences(of: "<FRBRcountry value=\"uz\"/>", with: "<FRBRcountry value=\"kz\"/>")
        let folder = try write(["act.xml": Self.validAct, "broken.xml": broken])
        let result = try CommandRunner.qonun(["validate", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n") == [
            "OK \(folder.path)/act.xml",
            "INVALID \(folder.path)/broken.xml:4: frbr: FRBRcountry 'kz' does not match the country 'uz' of FRBRuri '/akn/uz/act/2020-01-15/t-1'",
        ])
    }

    @Test func hostileAndMalformedFilesExitTwoWithTheirReasonAndNothingOnStderr() throws {
        let folder = try write([
            "xxe.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>",
            "bomb.xml": "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>",
            "malformed.xml": "<akomaNtoso>\n<act>\n</akomaNtoso>",
            "ok.xml": Self.validAct,
        ])
        let result = try CommandRunner.qonun(["validate", folder.path, folder.appendingPathComponent("missing.xml").path])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0] == "INVALID \(folder.path)/bomb.xml:1: hostile: refused as hostile XML: it declares the entity 'a'; entity declarations are refused (they enable expansion bombs)")
        #expect(lines[1].hasPrefix("INVALID \(folder.path)/malformed.xml:3: wellFormedness: is not well-formed XML: "))
        #expect(lines[2] == "OK \(folder.path)/ok.xml")
        #expect(lines[3] == "INVALID \(folder.path)/xxe.xml:3: hostile: refused as hostile XML: it declares the external entity 'x' (file:///etc/passwd); external entities are never loaded")
        #expect(lines[4] == "INVALID \(folder.path)/missing.xml:0: unreadable: cannot be read: no such file")
        #expect(result.stderr == "", "libxml2 never prints")
    }

    @Test func jsonOutputHasTheDocumentedShapeWithNullSchemaVerdictWithoutASchema() throws {
        let folder = try write(["act.xml": Self.validAct])
        let result = try CommandRunner.qonun(["validate", "--json", folder.appendingPathComponent("act.xml").path])
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let report = try #require(parsed?.first)
        #expect(report["file"] as? String == folder.appendingPathComponent("act.xml").path)
        #expect(report["schemaValid"] is NSNull)
        #expect(report["structureValid"] as? Bool == true)
        #expect((report["errors"] as? [Any])?.isEmpty == true)
    }

    @Test(.enabled(if: Fixtures.hasShared, Fixtures.sharedMissing))
    func theSchemaFromTheEnvironmentValidatesTheSamples() throws {
        let result = try CommandRunner.qonun(["validate", "--json", Fixtures.sharedPath("akn/samples")],
                                             environment: ["QONUN_AKN_SCHEMA": Fixtures.schemaPath])
        #expect(result.status == 1)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 19)
        let schemaInvalid = reports.filter { $0["schemaValid"] as? Bool == false }.compactMap { ($0["file"] as? String).map { ($0 as NSString).lastPathComponent } }
        #expect(schemaInvalid == ["uk_aosp-1707-8-2007-01-01.akn.xml", "uk_asc-2025-1-2025-03-25.akn.xml", "uk_asp-2025-11-2025-08-07.akn.xml"])
        let firstError = (reports.first { ($0["file"] as? String)?.hasSuffix("uk_aosp-1707-8-2007-01-01.akn.xml") == true }?["errors"] as? [[String: Any]])?.first
        #expect(firstError?["line"] as? Int == 126)
        #expect(firstError?["kind"] as? String == "schema")
    }

    @Test func anUnusableSchemaExitsTwo() throws {
        let result = try CommandRunner.qonun(["validate", "--schema", "/nonexistent.xsd", "x.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qonun validate: the schema /nonexistent.xsd"))
    }
}
