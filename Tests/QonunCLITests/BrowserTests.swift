import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import TestSupport

/// A real headless Chromium, driven over the DevTools protocol by scripts/browser/cdp.py, loads published pages
/// and uses the comment form; every assertion reads the live DOM.
@Suite(.enabled(if: HeadlessChromium.available, HeadlessChromium.missingReason))
struct BrowserTests {
    static let act = "akn/uz/act/2015-12-09/demo-egov"
    static let draft = "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02"

    // MARK: static pages

    @Test func expressionPageHasHeadingsPermalinksAndTheVersionBanner() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try publishedSite(in: folder).site
        let current = site.appendingPathComponent("\(Self.act)/uzb@2019-10-01/index.html")
        let old = site.appendingPathComponent("\(Self.act)/uzb@2015-12-09/index.html")

        let run = try HeadlessChromium.run([
            ["goto": current.absoluteString],
            ["name": "h1", "eval": "Array.from(document.querySelectorAll('h1')).map(h => h.textContent.trim())"],
            ["name": "art5", "eval": """
                (() => { const a = document.getElementById('art_5'); if (!a) return null;
                  const h = a.querySelector('h1, h2, h3, h4, h5, h6');
                  return {heading: h ? h.textContent : null, tocLinks: document.querySelectorAll('nav a[href="#art_5"]').length}; })()
                """],
            ["name": "articles", "eval": """
                Array.from(document.querySelectorAll('[id^="art_"]')).filter(e => /^art_\\d+(_\\d+)?$/.test(e.id))
                  .map(e => { const h = e.querySelector('h1, h2, h3, h4, h5, h6'); return h ? h.textContent : ''; })
                """],
            ["name": "permalinks", "eval": """
                Array.from(document.querySelectorAll('a.permalink')).map(a => {
                  const owner = a.parentElement.closest('[id]');
                  return {href: a.getAttribute('href'), owner: owner ? owner.id : null}; })
                """],
            ["click": "#art_5 > a.permalink", "navigation": true],
            ["name": "hashAfterPermalink", "eval": "location.hash"],
            ["name": "currentBanner", "eval": """
                ({banners: document.querySelectorAll('.banner-old').length,
                  text: document.body.textContent.includes('joriy tahrir emas')})
                """],
            ["goto": old.absoluteString],
            ["name": "oldBanner", "eval": """
                (() => { const b = document.querySelector('.banner-old'); if (!b) return null;
                  return {text: b.textContent, links: Array.from(b.querySelectorAll('a')).map(a => a.href)}; })()
                """],
        ])
        try #require(run.ok, "\(run.failure)")

        #expect(run.named["h1"] as? [String] == ["Elektron hukumat toʻgʻrisida"])
        let art5 = try #require(run.named["art5"] as? [String: Any], "no element with id art_5")
        #expect((art5["heading"] as? String)?.contains("5-modda") == true)
        #expect((art5["heading"] as? String)?.contains("Elektron hukumatning asosiy prinsiplari") == true)
        #expect((art5["tocLinks"] as? Int ?? 0) >= 1, "the table of contents links #art_5")

        let articles = run.named["articles"] as? [String] ?? []
        #expect(articles.count >= 20, "article sections found: \(articles.count)")
        #expect(articles.allSatisfy { $0.contains("-modda") }, "every article has a numbered heading: \(articles)")
        #expect(articles.contains { $0.contains("12¹-modda") }, "the inserted article 12¹ is on the current version")

        let permalinks = run.named["permalinks"] as? [[String: Any]] ?? []
        #expect(permalinks.count >= articles.count)
        let wrong = permalinks.filter { ($0["href"] as? String) != "#" + (($0["owner"] as? String) ?? "?") }
        #expect(wrong.isEmpty, "permalinks that do not point at their own provision: \(wrong.prefix(3))")
        #expect(run.named["hashAfterPermalink"] as? String == "#art_5")

        let currentBanner = try #require(run.named["currentBanner"] as? [String: Any])
        #expect(currentBanner["banners"] as? Int == 0, "the current version has no 'not current' banner")
        #expect(currentBanner["text"] as? Bool == false)

        let oldBanner = try #require(run.named["oldBanner"] as? [String: Any], "the 2015 version has no 'not current' banner")
        #expect((oldBanner["text"] as? String)?.contains("joriy tahrir emas") == true)
        let links = oldBanner["links"] as? [String] ?? []
        let toCurrent = links.filter { $0.hasSuffix("/uzb@2019-10-01/") || $0.hasSuffix("/uzb@2019-10-01/index.html") }
        #expect(toCurrent.count == 1, "the banner links the current version: \(links)")
        if let link = toCurrent.first, let url = URL(string: link) {
            let target = url.path.hasSuffix("/") ? url.path + "index.html" : url.path
            #expect(FileManager.default.fileExists(atPath: target), "the banner's link resolves to \(target)")
        }
        #expect(run.consoleErrors.isEmpty, "console errors: \(run.consoleErrors)")
    }

    @Test func diffPageMarksChangesAndListsChangedProvisionsFirst() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try publishedSite(in: folder).site
        let page = site.appendingPathComponent("\(Self.act)/uzb@2019-10-01/changes.html")

        let run = try HeadlessChromium.run([
            ["goto": page.absoluteString],
            ["name": "h1", "eval": "document.querySelectorAll('h1').length"],
            ["name": "del", "dom": "del"],
            ["name": "ins", "dom": "ins"],
            ["name": "marks", "eval": """
                (() => { const d = Array.from(document.querySelectorAll('del')).find(e => e.textContent.includes('yili'));
                  const i = Array.from(document.querySelectorAll('ins')).find(e => e.textContent.includes('chorakda'));
                  if (!d || !i) return null;
                  const item = d.closest('article, li, section');
                  return {sameItem: item !== null && item.contains(i),
                          itemLinks: Array.from(item.querySelectorAll('a')).map(a => a.getAttribute('href')),
                          delFollowedByIns: !!(d.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_FOLLOWING),
                          delLine: getComputedStyle(d).textDecorationLine, insLine: getComputedStyle(i).textDecorationLine}; })()
                """],
            ["name": "order", "eval": """
                (() => { const all = Array.from(document.querySelectorAll('.diff-changed, .diff-added, .diff-removed'));
                  const kind = e => e.classList.contains('diff-changed') ? 'changed' : e.classList.contains('diff-added') ? 'added' : 'removed';
                  const added = all.find(e => e.querySelector('a[href$="#art_12_1"]'));
                  const changed = all.find(e => e.textContent.includes('chorakda'));
                  return {kinds: all.map(kind), addedArt12_1: added ? kind(added) : null, changedArt5: changed ? kind(changed) : null}; })()
                """],
        ])
        try #require(run.ok, "\(run.failure)")

        #expect(run.named["h1"] as? Int == 1)
        let deletions = (run.named["del"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        let insertions = (run.named["ins"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(deletions.contains { $0.contains("yili") }, "del elements: \(deletions)")
        #expect(insertions.contains { $0.contains("chorakda") }, "ins elements: \(insertions)")

        let marks = try #require(run.named["marks"] as? [String: Any], "no del 'yili' / ins 'chorakda' pair")
        #expect(marks["sameItem"] as? Bool == true, "'yili' → 'chorakda' is one changed provision")
        #expect(marks["delFollowedByIns"] as? Bool == true)
        #expect((marks["itemLinks"] as? [String] ?? []).contains { $0.hasSuffix("#art_5__para_2") },
                "the change links its provision: \(marks["itemLinks"] ?? [])")
        #expect((marks["delLine"] as? String)?.contains("line-through") == true, "deleted words are struck through")
        #expect((marks["insLine"] as? String)?.contains("underline") == true, "inserted words are underlined")

        let order = try #require(run.named["order"] as? [String: Any])
        let kinds = order["kinds"] as? [String] ?? []
        #expect(order["changedArt5"] as? String == "changed")
        #expect(order["addedArt12_1"] as? String == "added")
        let lastChanged = kinds.lastIndex(of: "changed"), firstAdded = kinds.firstIndex(of: "added")
        #expect(lastChanged != nil && firstAdded != nil, "provision kinds in page order: \(kinds)")
        if let lastChanged, let firstAdded {
            #expect(lastChanged < firstAdded, "changed provisions come before added ones: \(kinds)")
        }
        #expect(run.consoleErrors.isEmpty, "console errors: \(run.consoleErrors)")
    }

    // MARK: the comment form on the running server

    @Test func aSignedInCitizenCommentsThroughTheFormAndTheCommentIsEscaped() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (db, site) = try publishedSite(in: folder)

        let user = "dilnoza", password = "pw-123456"
        let added = try CommandRunner.qonun(["user", "add", user, "--db", db], stdin: password + "\n")
        try #require(added.status == 0, "user add: \(added.stderr)")
        let opened = try CommandRunner.qonun(["consultation", "open", Self.draft, "--db", db,
                                              "--opens", "now", "--closes", "+30d"])
        try #require(opened.status == 0, "consultation open: \(opened.stderr)")
        let id = try #require(Int(opened.stdout.trimmingCharacters(in: .whitespacesAndNewlines)),
                              "consultation open printed \(opened.stdout)")

        let server = try await ServeProcess.start(db: db, site: site.path, folder: folder)
        defer { server.stop() }
        let base = server.baseURL
        let payload = "<img src=x onerror=alert(1)> Mobil ilova kerak"

        let run = try HeadlessChromium.run([
            ["goto": "\(base)/login"],
            ["fill": "input[name=name]", "value": user],
            ["fill": "input[name=password]", "value": password],
            ["click": "form:has(input[name=password]) [type=submit]", "navigation": true],
            ["name": "cookieVisibleToScript", "eval": "document.cookie.includes('session')"],
            ["goto": "\(base)/consultations/\(id)"],
            ["name": "countBefore", "eval": "document.querySelector('span.comment-count[data-eid=\"art_1\"]').textContent"],
            ["click": "a.comment-link[href$=\"eId=art_1\"]", "navigation": true],
            ["name": "formURL", "eval": "location.href"],
            ["name": "csrf", "eval": "(document.querySelector('form input[type=hidden][name=csrf]') || {}).value || ''"],
            ["check": "input[name=stance][value=oppose]"],
            ["fill": "textarea[name=body]", "value": payload],
            ["click": "form:has(textarea[name=body]) [type=submit]", "navigation": true],
            ["name": "after", "eval": "({path: location.pathname, hash: location.hash})"],
            ["name": "count", "eval": "document.querySelector('span.comment-count[data-eid=\"art_1\"]').textContent"],
            ["name": "comment", "eval": """
                (() => { const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
                  const lists = Array.from(document.querySelectorAll('.comments'));
                  const provision = document.getElementById('art_1');
                  return {found: !!target, text: target ? target.textContent : null,
                          imgsInTarget: target ? target.querySelectorAll('img').length : -1,
                          imgsInLists: lists.reduce((n, l) => n + l.querySelectorAll('img').length, 0),
                          lists: lists.length,
                          underProvision: !!(target && provision && provision.contains(target)),
                          onerrorAnywhere: document.querySelectorAll('[onerror]').length}; })()
                """],
        ])
        try #require(run.ok, "\(run.failure)\nserver log:\n\(server.log)")

        #expect(run.named["cookieVisibleToScript"] as? Bool == false, "the session cookie is HttpOnly")
        #expect(leadingNumber(run.named["countBefore"]) == 0)
        #expect((run.named["formURL"] as? String)?.contains("/consultations/\(id)/comment") == true)
        #expect((run.named["csrf"] as? String)?.isEmpty == false, "the comment form carries a CSRF token")

        let after = try #require(run.named["after"] as? [String: Any])
        #expect(after["path"] as? String == "/consultations/\(id)", "after posting: \(run.url)")
        #expect((after["hash"] as? String)?.hasPrefix("#comment-") == true, "after posting: \(run.url)")
        #expect(leadingNumber(run.named["count"]) == 1, "art_1 count: \(run.named["count"] ?? "none")")

        let comment = try #require(run.named["comment"] as? [String: Any])
        #expect(comment["found"] as? Bool == true, "the page has the #comment-N anchor it redirected to")
        #expect((comment["text"] as? String)?.contains(payload) == true,
                "the payload shows as literal text: \(comment["text"] ?? "none")")
        #expect(comment["imgsInTarget"] as? Int == 0)
        #expect((comment["lists"] as? Int ?? 0) >= 1)
        #expect(comment["imgsInLists"] as? Int == 0, "no <img> inside the comments list")
        #expect(comment["onerrorAnywhere"] as? Int == 0)
        #expect(comment["underProvision"] as? Bool == true, "the comment is shown at article 1")
        #expect(run.dialogs.isEmpty, "a script ran: \(run.dialogs)")
        let unexpected = run.consoleErrors.filter { !$0.contains("favicon.ico") }
        #expect(unexpected.isEmpty, "console errors: \(unexpected)")

        let (data, response) = try await URLSession.shared.data(from: URL(string: "\(base)/api/v1/consultations/\(id)/comments")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let comments = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]],
                                    "API answer: \(String(decoding: data, as: UTF8.self))")
        #expect(comments.count == 1)
        let stored = try #require(comments.first)
        #expect(stored["body"] as? String == payload)
        #expect(stored["stance"] as? String == "oppose")
        #expect(stored["eId"] as? String == "art_1")
        #expect(stored["consultation"] as? Int == id)
        if let hash = after["hash"] as? String, let commentID = stored["id"] as? Int {
            #expect(hash == "#comment-\(commentID)")
        }
    }

    // MARK: helpers

    /// Ingests corpus/ (and ../shared/akn/samples when present) and publishes it; returns the database and site.
    /// Publishing runs from the temporary folder, so Pagefind (found through ./.venv) is skipped: faster, and the
    /// browser tests do not depend on it.
    private func publishedSite(in folder: URL) throws -> (db: String, site: URL) {
        let db = folder.appendingPathComponent("q.sqlite").path
        var inputs = [Fixtures.corpus]
        if Fixtures.hasShared { inputs.append(Fixtures.sharedPath("akn/samples")) }
        let ingest = try CommandRunner.qonun(["ingest", "--db", db] + inputs)
        try #require(ingest.status == 0, "ingest: \(ingest.stdout)\(ingest.stderr)")
        let site = folder.appendingPathComponent("site")
        let root = Fixtures.packageRoot
        let publish = try CommandRunner.qonun(["publish", "--db", db, "--out", site.path,
                                               "--stylesheets", root.appendingPathComponent("stylesheets").path,
                                               "--assets", root.appendingPathComponent("site").path],
                                              directory: folder)
        try #require(publish.status == 0, "publish: \(publish.stdout)\(publish.stderr)")
        return (db, site)
    }

    private func leadingNumber(_ value: Any?) -> Int? {
        guard let text = value as? String else { return nil }
        return Int(text.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
    }
}

/// Finds Chromium and Python and runs scripts/browser/cdp.py.
enum HeadlessChromium {
    static func which(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            if name.hasPrefix("/") { if FileManager.default.isExecutableFile(atPath: name) { return name } else { continue } }
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    static let chromium: String? = which([ProcessInfo.processInfo.environment["QONUN_CHROMIUM"], "chromium",
                                          "chromium-browser"].compactMap { $0 })
    static let python: String? = which(["python3"])
    static let driver = Fixtures.packageRoot.appendingPathComponent("scripts/browser/cdp.py").path

    static var available: Bool { chromium != nil && python != nil }

    static var missingReason: Comment {
        var missing: [String] = []
        if chromium == nil { missing.append("chromium (apt-get install chromium, or set QONUN_CHROMIUM)") }
        if python == nil { missing.append("python3") }
        return Comment(rawValue: "real-browser tests skipped: \(missing.joined(separator: " and ")) not found")
    }

    /// The driver's answer (described briefly, so that failed expectations stay readable).
    struct Run: CustomStringConvertible {
        var ok: Bool
        var url: String
        var named: [String: Any]
        var consoleErrors: [String]
        var dialogs: [[String: Any]]
        var error: String?
        var raw: String

        var description: String { "Run(ok: \(ok), url: \(url), error: \(error ?? "none"))" }

        /// The driver's error and (shortened) answer, for a failed expectation.
        var failure: String {
            let shown = raw.count > 2_000 ? String(raw.prefix(1_000)) + " … " + String(raw.suffix(1_000)) : raw
            return "browser script failed: \(error ?? "?")\n\(shown)"
        }
    }

    /// Runs steps in a fresh headless Chromium (bounded by the driver's own overall timeout).
    static func run(_ steps: [[String: Any]], timeoutSeconds: Int = 60) throws -> Run {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("script.json")
        try JSONSerialization.data(withJSONObject: ["steps": steps]).write(to: script)
        let result = try CommandRunner.run(try #require(python), [driver, script.path, "--timeout", "\(timeoutSeconds)",
                                                                  "--chromium", try #require(chromium)])
        let raw = result.stdout + (result.stderr.isEmpty ? "" : "\nstderr: " + result.stderr)
        guard let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            return Run(ok: false, url: "", named: [:], consoleErrors: [], dialogs: [],
                       error: "cdp.py exited \(result.status) without a JSON answer", raw: raw)
        }
        return Run(ok: result.status == 0 && object["ok"] as? Bool == true,
                   url: object["url"] as? String ?? "",
                   named: object["named"] as? [String: Any] ?? [:],
                   consoleErrors: object["consoleErrors"] as? [String] ?? [],
                   dialogs: object["dialogs"] as? [[String: Any]] ?? [],
                   error: object["error"] as? String, raw: raw)
    }
}

/// `qonun serve` on a free loopback port, stopped by `stop()`.
final class ServeProcess: @unchecked Sendable {
    let process: Process
    let port: UInt16
    let logURL: URL

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    private init(process: Process, port: UInt16, logURL: URL) {
        self.process = process
        self.port = port
        self.logURL = logURL
    }

    /// Starts the server and waits (at most 15 s) until it answers; retries on another port if the one picked
    /// was taken in the meantime.
    static func start(db: String, site: String, folder: URL) async throws -> ServeProcess {
        var lastLog = ""
        for attempt in 1...3 {
            let port = try freePort()
            let logURL = folder.appendingPathComponent("serve-\(attempt).log")
            _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
            let handle = try FileHandle(forWritingTo: logURL)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandRunner.qonunPath)
            process.arguments = ["serve", "--db", db, "--site", site, "--host", "127.0.0.1", "--port", "\(port)"]
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            try handle.close()
            let server = ServeProcess(process: process, port: port, logURL: logURL)
            let deadline = Date().addingTimeInterval(15)
            while process.isRunning && Date() < deadline {
                if await server.answers() { return server }
                try await Task.sleep(nanoseconds: 100_000_000)
            }
            lastLog = server.log
            server.stop()
        }
        throw ServerError(message: "qonun serve did not start: \(lastLog)")
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private func answers() async -> Bool {
        var request = URLRequest(url: URL(string: "\(baseURL)/login")!)
        request.timeoutInterval = 2
        guard let (_, response) = try? await URLSession.shared.data(for: request) else { return false }
        return (response as? HTTPURLResponse)?.statusCode == 200
    }

    /// SIGTERM (graceful shutdown), then SIGKILL if it has not exited after 5 s.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// A port the kernel reports free on 127.0.0.1 (bind to port 0, read it back, close).
    static func freePort() throws -> UInt16 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError(message: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw ServerError(message: "could not bind a free port") }
        return UInt16(bigEndian: address.sin_port)
    }
}
