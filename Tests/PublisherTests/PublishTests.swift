import Consultation
import Foundation
import LibXML
import Publisher
import Registry
import Testing
import TestSupport

/// A site published from corpus/ and the shared samples: complete, well-formed, linked, and rewritten only where needed.
@Suite struct PublishTests {
    struct Site {
        let registry: Registry
        let output: URL
        let report: PublishReport
        let corpusCopy: URL
    }

    static func options(_ output: URL) -> Publisher.Options {
        Publisher.Options(output: output, stylesheets: Fixtures.packageRoot.appendingPathComponent("stylesheets"),
                          assets: Fixtures.packageRoot.appendingPathComponent("site"), baseURL: "https://qonun.example.uz/")
    }

    /// Ingests a copy of corpus/ (so a test may edit it) plus the samples, and publishes.
    static func publish() throws -> Site {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(atPath: Fixtures.corpus, toPath: corpus.path)
        let registry = try Registry(path: folder.appendingPathComponent("q.sqlite").path)
        var paths = Fixtures.corpusFiles.map { corpus.path + $0.dropFirst(Fixtures.corpus.count) }
        if Fixtures.hasShared { paths += Fixtures.samples }
        #expect(Ingester(registry: registry).ingest(paths: paths).skipped == 0)
        let output = folder.appendingPathComponent("site")
        let store = try ConsultationStore(registry: registry)
        let report = try Publisher(registry: registry, options: options(output), consultations: store).publish()
        return Site(registry: registry, output: output, report: report, corpusCopy: corpus)
    }

    static func files(in site: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: site.path)
        return (enumerator?.compactMap { $0 as? String } ?? []).filter { !$0.hasPrefix(".") && !$0.contains("/.") }.sorted()
            .filter { path in
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue
            }
    }

    @Test func theSiteHasEveryKindOfPage() throws {
        let site = try Self.publish()
        let files = Set(Self.files(in: site.output))
        for path in ["index.html", "acts/index.html", "uzb/index.html", "rus/index.html", "eng/index.html", "consultations/index.html",
                     "search.html", "404.html", "robots.txt", "sitemap.xml", "feeds/acts.atom", "feeds/versions.atom", "assets/qonun.css",
                     "akn/uz/act/2015-12-09/demo-egov/index.html", "akn/uz/act/2015-12-09/demo-egov/work.xml",
                     "akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/index.html", "akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/data.xml",
                     "akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/changes.html", "akn/uz/act/2015-12-09/demo-egov/rus@2015-12-09/index.html"] {
            #expect(files.contains(path), "\(path)")
        }
        #expect(!files.contains("akn/uz/act/2015-12-09/demo-egov/uzb@2015-12-09/changes.html"), "the first version has no changes page")
        #expect(site.report.written.count == files.count)
        let data = try Data(contentsOf: site.output.appendingPathComponent("akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/data.xml"))
        let source = try Data(contentsOf: site.corpusCopy.appendingPathComponent("akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01.xml"))
        #expect(data == source, "data.xml is the Akoma Ntoso as ingested")
    }

    @Test func everyPageIsWellFormedWithOneH1AndItsLanguage() throws {
        let site = try Self.publish()
        var pages = 0
        for path in Self.files(in: site.output) where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".atom") {
            let document = try XMLDocument(path: site.output.appendingPathComponent(path).path)
            guard path.hasSuffix(".html") else { continue }
            pages += 1
            let h1 = try document.string("count(//*[local-name()='h1'])")
            #expect(h1 == "1", "\(path) has \(h1) h1")
            let lang = try document.string("string(/*/@lang)")
            #expect(!lang.isEmpty, "\(path) declares its language")
            #expect(try document.string("count(//*[local-name()='main'])") == "1", "\(path) has a main landmark")
        }
        #expect(pages > 60)
        let russian = try XMLDocument(path: site.output.appendingPathComponent("akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01/index.html").path)
        #expect(try russian.string("string(/*/@lang)") == "ru")
        let uzbek = try XMLDocument(path: site.output.appendingPathComponent("akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/index.html").path)
        #expect(try uzbek.string("string(/*/@lang)") == "uz-Latn")
    }

    @Test func everyInternalLinkAndAnchorResolves() throws {
        let site = try Self.publish()
        let root = site.output.standardizedFileURL.path
        var idsByPage: [String: Set<String>] = [:]
        func ids(_ page: String) throws -> Set<String> {
            if let known = idsByPage[page] { return known }
            let document = try XMLDocument(path: page)
            let found = Set(try document.select("//*[@id]").compactMap { $0.attribute("id") })
            idsByPage[page] = found
            return found
        }
        let registered = Set(try site.registry.works().map(\.uri))
        var checked = 0
        var unpublishedCitations = 0
        for path in Self.files(in: site.output) where path.hasSuffix(".html") {
            let page = site.output.appendingPathComponent(path)
            let document = try XMLDocument(path: page.path)
            for link in try document.select("//*[local-name()='a' and @href] | //*[local-name()='link' and @href] | //*[local-name()='script' and @src]") {
                let href = link.attribute("href") ?? link.attribute("src") ?? ""
                if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { continue }
                let (target, fragment) = Self.split(href)
                // An absolute path is served from the site root, as a web server would.
                let base = target.hasPrefix("/") ? site.output : page.deletingLastPathComponent()
                let relative = target.hasPrefix("/") ? String(target.dropFirst()) : target
                var resolved = target.isEmpty ? page : URL(fileURLWithPath: relative.isEmpty ? "." : relative, relativeTo: base).standardizedFileURL
                if target == "/" { resolved = site.output.standardizedFileURL.appendingPathComponent("/") }
                if target.hasSuffix("/") { resolved = resolved.appendingPathComponent("index.html") }
                if path == "search.html" && target.hasPrefix("pagefind/") { continue }
                let exists = FileManager.default.fileExists(atPath: resolved.path)
                if !exists, ["akn-ref", "akn-documentRef"].contains(link.attribute("class") ?? ""), !path.hasPrefix("akn/uz/") {
                    // A shared sample citing a work that is not in this registry (its URI is not among the works ingested).
                    let cited = "/" + String(resolved.path.dropFirst(root.count + 1).dropLast("/index.html".count))
                    #expect(!registered.contains(cited), "\(path) cites \(cited), which is published, but the link is broken")
                    unpublishedCitations += 1
                    continue
                }
                #expect(resolved.path.hasPrefix(root), "\(path): \(href) leaves the site")
                #expect(exists, "\(path): \(href) → \(resolved.path) does not exist")
                if exists, let fragment, !fragment.isEmpty, resolved.pathExtension == "html" {
                    #expect(try ids(resolved.path).contains(fragment.removingPercentEncoding ?? fragment), "\(path): \(href) has no anchor #\(fragment)")
                }
                checked += 1
            }
        }
        #expect(checked > 1000)
        if Fixtures.hasShared { #expect(unpublishedCitations > 0) }
    }

    static func split(_ href: String) -> (String, String?) {
        guard let hash = href.firstIndex(of: "#") else { return (href.removingPercentEncoding ?? href, nil) }
        let path = String(href[..<hash])
        return (path.removingPercentEncoding ?? path, String(href[href.index(after: hash)...]))
    }

    @Test func aSecondPublishWithNothingChangedRewritesNoFile() throws {
        let site = try Self.publish()
        let again = try Publisher(registry: site.registry, options: Self.options(site.output)).publish()
        // Without the consultation store the consultation pages would differ; publish with it as the first run did.
        let store = try ConsultationStore(registry: site.registry)
        let third = try Publisher(registry: site.registry, options: Self.options(site.output), consultations: store).publish()
        #expect(third.written == [])
        #expect(third.removed == [])
        #expect(third.unchanged == site.report.written.count)
        _ = again
    }

    @Test func changingOneActRewritesOnlyItsPagesAndTheIndexesThatListIt() throws {
        let site = try Self.publish()
        let store = try ConsultationStore(registry: site.registry)
        let file = site.corpusCopy.appendingPathComponent("akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02.xml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let before = text
        text = text.replacingOccurrences(of: "</heading>", with: " (tahrir)</heading>", options: [], range: text.range(of: "</heading>"))
        #expect(text != before)
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(Ingester(registry: site.registry).ingest(paths: [file.path]).replaced == 1)
        let report = try Publisher(registry: site.registry, options: Self.options(site.output), consultations: store).publish()
        #expect(report.written.contains("akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02/index.html"))
        #expect(report.written.contains("akn/uz/act/2019-07-02/demo-opendata/uzb@2019-07-02/data.xml"))
        let allowed: Set<String> = ["index.html", "acts/index.html", "uzb/index.html", "feeds/acts.atom", "feeds/versions.atom", "sitemap.xml"]
        for path in report.written {
            #expect(path.hasPrefix("akn/uz/act/2019-07-02/demo-opendata/") || allowed.contains(path), "\(path) was rewritten")
        }
        #expect(!report.written.contains { $0.hasPrefix("akn/uz/act/2015-12-09/") })
        #expect(report.written.count < 12)
    }

    @Test func filesNoLongerProducedAreRemoved() throws {
        let site = try Self.publish()
        let stale = site.output.appendingPathComponent("akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/index.html")
        #expect(FileManager.default.fileExists(atPath: stale.path))
        // A fresh registry without the Model Act: its pages go.
        let folder = try Fixtures.temporaryFolder()
        let smaller = try Registry(path: folder.appendingPathComponent("q.sqlite").path)
        _ = Ingester(registry: smaller).ingest(paths: Fixtures.corpusFiles.filter { !$0.contains("demo-egov/") })
        let report = try Publisher(registry: smaller, options: Self.options(site.output)).publish()
        #expect(report.removed.contains("akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01/index.html"))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xsltproc"), "xsltproc (Debian xsltproc) is not installed; make test installs it"))
    func thePortableStylesheetRendersAPublishedDataFileWithXsltproc() throws {
        let site = try Self.publish()
        let data = site.output.appendingPathComponent("akn/uz/act/2015-12-09/demo-egov/rus@2019-10-01/data.xml").path
        let result = try CommandRunner.run("/usr/bin/xsltproc", [Fixtures.packageRoot.appendingPathComponent("stylesheets/act.xsl").path, data])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let page = try XMLDocument(data: Data(result.stdout.utf8), name: "xsltproc output")
        #expect(try page.string("normalize-space(//*[local-name()='h1'])") == "Об электронном правительстве")
        #expect(try page.string("count(//*[@id='art_12_1'])") == "1")
    }
}

/// The report of a closed consultation on the static site: counts, dispositions, and commenters' text escaped.
@Suite struct ConsultationReportPageTests {
    @Test func aClosedConsultationsReportIsPublishedWithTheCommentEscaped() throws {
        let folder = try Fixtures.temporaryFolder()
        let registry = try Registry(path: folder.appendingPathComponent("q.sqlite").path)
        _ = Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles)
        let store = try ConsultationStore(registry: registry)
        let citizen = try store.addAccount(name: "citizen", password: "password-1", role: .citizen, pseudonym: "Fuqaro", bcryptCost: 4)
        let drafter = try store.addAccount(name: "drafter", password: "password-1", role: .drafter, bcryptCost: 4)
        let now = Date()
        let consultation = try store.open(draft: "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02",
                                          opens: now.addingTimeInterval(-60), closes: now.addingTimeInterval(3600))
        let xss = "<script>alert('report')</script> Statistikani har haftada eʼlon qiling"
        let comment = try store.post(NewComment(eId: "art_2__para_1", stance: .oppose, body: xss), to: consultation.id, by: citizen)
        _ = try store.dispose(comment.id, decision: .accepted, reason: "Har haftada", by: drafter)
        _ = try store.open(draft: "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-20", opens: now.addingTimeInterval(-60),
                           closes: now.addingTimeInterval(3600), consultationId: consultation.id)
        _ = try store.close(consultation.id)
        let output = folder.appendingPathComponent("site")
        _ = try Publisher(registry: registry, options: PublishTests.options(output), consultations: store).publish()
        let path = output.appendingPathComponent("consultations/\(consultation.id)/report.html").path
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert('report')&lt;/script&gt; Statistikani har haftada eʼlon qiling"))
        #expect(!html.contains("<script>alert"))
        let page = try XMLDocument(path: path)
        #expect(try page.string("count(//*[local-name()='svg'])") == "1", "one chart for the one provision commented on")
        #expect(try page.string("string(//*[local-name()='section'][@id='art_2__para_1']//*[local-name()='ins'])") == "har haftada")
        #expect(try page.string("normalize-space(//*[@class='disposition'])").contains("Har haftada"))
        let list = try String(contentsOfFile: output.appendingPathComponent("consultations/index.html").path, encoding: .utf8)
        #expect(list.contains("consultations/\(consultation.id)/report.html"))
    }
}
