import Foundation
import LibXML
import Registry

/// Every file of the site as a job: its path, the hash of its inputs, and how to render it.
struct SitePlan: Sendable {
    let snapshot: SiteSnapshot
    let registry: Registry
    let stylesheets: Stylesheets
    let output: URL
    let assets: URL
    let baseURL: String

    /// The site's default interface language.
    static let homeLanguage = "uzb"

    /// Views that stylesheets read with document(): each work's work.xml.
    func views() -> [PageJob] {
        snapshot.works.map { work in
            let bytes = Views.work(work, in: snapshot)
            return PageJob(path: work.path + "work.xml", inputHash: Hashing.hash(bytes)) { Data(bytes) }
        }
    }

    /// Every other file.
    func pages() -> [PageJob] {
        var jobs: [PageJob] = []
        for work in snapshot.works {
            let view = Views.work(work, in: snapshot)
            let viewHash = Hashing.hash(view)
            jobs.append(render(stylesheets.work, view: view, to: work.path + "index.html", parameters: [:]))
            for version in work.versions {
                jobs.append(contentsOf: expressionJobs(work: work, version: version, workViewHash: viewHash))
            }
        }
        let counts = Views.languageCounts(snapshot)
        jobs.append(render(stylesheets.index, view: Views.index(kind: "home", uiLanguage: SitePlan.homeLanguage, language: nil,
                                                                 snapshot: snapshot, baseURL: baseURL), to: "index.html", parameters: [:]))
        jobs.append(render(stylesheets.index, view: Views.index(kind: "acts", uiLanguage: SitePlan.homeLanguage, language: nil,
                                                                 snapshot: snapshot, baseURL: baseURL), to: "acts/index.html", parameters: [:]))
        for (language, _) in counts {
            let view = Views.index(kind: "language", uiLanguage: Views.uiLanguage(language), language: language, snapshot: snapshot, baseURL: baseURL)
            jobs.append(render(stylesheets.index, view: view, to: SitePath.segment(language) + "/index.html", parameters: [:]))
        }
        jobs.append(render(stylesheets.consultations, view: Views.consultations(uiLanguage: SitePlan.homeLanguage, snapshot: snapshot),
                           to: "consultations/index.html", parameters: [:]))
        for (id, report) in snapshot.reports.sorted(by: { $0.key < $1.key }) {
            jobs.append(render(stylesheets.report, view: Views.report(report, snapshot: snapshot), to: "consultations/\(id)/report.html", parameters: [:]))
        }
        jobs.append(render(stylesheets.page, view: Views.page(kind: "search", uiLanguage: SitePlan.homeLanguage), to: "search.html", parameters: [:]))
        jobs.append(render(stylesheets.page, view: Views.page(kind: "404", uiLanguage: SitePlan.homeLanguage), to: "404.html", parameters: [:]))
        let updated = snapshot.works.flatMap(\.versions).map(\.info.date).max().map { $0 + "T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        for kind in ["acts", "versions"] {
            jobs.append(render(stylesheets.feed, view: Views.feed(kind: kind, snapshot: snapshot, baseURL: baseURL, updated: updated),
                               to: "feeds/\(kind).atom", parameters: [:]))
        }
        jobs.append(contentsOf: assetJobs())
        let htmlPages = jobs.map(\.path).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        let sitemap = Sitemap.xml(paths: htmlPages, baseURL: baseURL)
        jobs.append(PageJob(path: "sitemap.xml", inputHash: Hashing.hash(sitemap)) { Data(sitemap) })
        let robots = Array("User-agent: *\nAllow: /\nSitemap: \(baseURL)sitemap.xml\n".utf8)
        jobs.append(PageJob(path: "robots.txt", inputHash: Hashing.hash(robots)) { Data(robots) })
        return jobs
    }

    /// data.xml, the expression page and, after the first version, the changes page.
    private func expressionJobs(work: SiteSnapshot.Work, version: SiteSnapshot.Version, workViewHash: String) -> [PageJob] {
        let info = version.info
        let registry = self.registry
        let stylesheets = self.stylesheets
        // A file: URL, so it never resolves against the document's own (possibly http:) base.
        let workView = output.appendingPathComponent(work.path + "work.xml").absoluteString
        let dataPath = output.appendingPathComponent(version.path + "data.xml").path
        var jobs: [PageJob] = [
            PageJob(path: version.path + "data.xml", inputHash: info.contentHash) {
                do { return try registry.sourceXML(of: info) } catch { throw PublishError.registry("\(error)") }
            },
        ]
        let pagePath = version.path + "index.html"
        let parameters = [
            "site-root": SitePath.root(from: pagePath), "ui-lang": Views.uiLanguage(info.language),
            "script": info.script ?? "", "work-view": workView, "expression-uri": info.expression,
        ]
        jobs.append(PageJob(path: pagePath, inputHash: Hashing.hash([info.contentHash, workViewHash, stylesheets.hash, parameters["site-root"] ?? ""])) {
            let source: Data
            do { source = try registry.sourceXML(of: info) } catch { throw PublishError.registry("\(error)") }
            let document = try XMLDocument(data: source, name: dataPath)
            return try SitePlan.transform(stylesheets.act, document, parameters, page: pagePath)
        })
        if let previous = version.previous {
            let changesPath = version.path + "changes.html"
            jobs.append(PageJob(path: changesPath, inputHash: Hashing.hash([previous.contentHash, info.contentHash, stylesheets.hash, work.path])) {
                let diff: ExpressionDiff
                do { diff = try registry.diff(previous.expression, info.expression) } catch { throw PublishError.registry("\(error)") }
                let view = Views.diff(diff, work: work, version: version)
                let document = try XMLDocument(data: Data(view), name: changesPath)
                return try SitePlan.transform(stylesheets.diff, document, ["site-root": SitePath.root(from: changesPath)], page: changesPath)
            })
        }
        return jobs
    }

    /// A page made by transforming a view; its input hash covers the view, the stylesheets and the parameters.
    private func render(_ stylesheet: XSLTStylesheet, view: [UInt8], to path: String, parameters: [String: String]) -> PageJob {
        var parameters = parameters
        parameters["site-root"] = SitePath.root(from: path)
        let all = parameters
        let hash = Hashing.hash([Hashing.hash(view), stylesheets.hash] + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        return PageJob(path: path, inputHash: hash) {
            let document = try XMLDocument(data: Data(view), name: path)
            return try SitePlan.transform(stylesheet, document, all, page: path)
        }
    }

    static func transform(_ stylesheet: XSLTStylesheet, _ document: XMLDocument, _ parameters: [String: String], page: String) throws -> Data {
        do {
            return try stylesheet.transform(document, parameters: parameters)
        } catch {
            throw PublishError.render(page: page, reason: error.description)
        }
    }

    /// Every file under the assets folder, copied to the same relative path.
    private func assetJobs() -> [PageJob] {
        guard let enumerator = FileManager.default.enumerator(atPath: assets.path) else { return [] }
        var jobs: [PageJob] = []
        for case let relative as String in enumerator {
            let source = assets.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let bytes = FileManager.default.contents(atPath: source.path) else { continue }
            jobs.append(PageJob(path: relative, inputHash: Hashing.hash(Array(bytes))) { bytes })
        }
        return jobs.sorted { $0.path < $1.path }
    }

    /// What the static search index holds: one record per expression page, text with apostrophes folded.
    func searchRecords() -> [SearchRecord] {
        var records: [SearchRecord] = []
        for work in snapshot.works {
            for version in work.versions {
                guard let shown = try? registry.show(version.info.expression) else { continue }
                let text = (shown.provisions ?? []).map { $0.plainText() }.joined(separator: "\n")
                records.append(SearchRecord(url: version.path, language: version.info.language,
                                            title: version.info.title ?? work.displayTitle,
                                            content: SearchRecord.normalized(text)))
            }
        }
        return records
    }
}

/// The sitemap of every page.
enum Sitemap {
    static func xml(paths: [String], baseURL: String) -> [UInt8] {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            let location = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            text += "  <url><loc>" + XMLBuilder.escape(baseURL + location) + "</loc></url>\n"
        }
        text += "</urlset>\n"
        return Array(text.utf8)
    }
}
