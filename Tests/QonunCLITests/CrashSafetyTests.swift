import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `kill -9` in the middle of an ingest, a publish and a stream of comments loses nothing and leaves nothing half done.
@Suite(.serialized) struct CrashSafetyTests {
    /// Starts `qonun` with arguments and returns the running process.
    func start(_ arguments: [String], output: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRunner.qonunPath)
        process.arguments = arguments
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    func killHard(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// 600 copies of the Open Data Act (300 works in two languages), each a work of its own.
    func manyActs() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("acts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in Fixtures.corpusFiles where file.contains("demo-opendata") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let language = (file as NSString).lastPathComponent.prefix(3)
            for copy in 0..<300 {
                try text.replacingOccurrences(of: "demo-opendata", with: "demo-opendata-\(copy)")
                    .write(to: folder.appendingPathComponent("\(copy)-\(language).xml"), atomically: false, encoding: .utf8)
            }
        }
        return folder
    }

    @Test func anIngestKilledMidwayLeavesNoHalfExpressionAndCompletesWhenRerun() throws {
        let acts = try manyActs()
        let db = acts.deletingLastPathComponent().appendingPathComponent("q.sqlite").path
        let process = try start(["ingest", "--db", db, acts.path], output: acts.deletingLastPathComponent().appendingPathComponent("log"))
        // Kill it once some batches are committed (the WAL has grown) and while it is still working.
        let wal = db + "-wal"
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline,
              ((try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0) ?? 0 < 1_000_000 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(process.isRunning, "the ingest was still running when killed")
        killHard(process)
        // Every expression visible has all 34 of its provisions, and the database is sound.
        let check = try CommandRunner.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            print(db.execute("PRAGMA integrity_check").fetchone()[0])
            rows = db.execute("SELECT e.uri, count(p.id) FROM expression e LEFT JOIN provision p ON p.expression_id = e.id GROUP BY e.id").fetchall()
            print(len(rows), sorted(set(n for _, n in rows)))
            """, db])
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "ok")
        #expect(lines.last?.hasSuffix("[34]") == true || lines.last?.hasPrefix("0 ") == true, "\(check.stdout)\(check.stderr)")
        let rerun = try CommandRunner.qonun(["ingest", "--db", db, acts.path])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.contains("skipped 0"))
        let stats = try CommandRunner.run("/usr/bin/env", ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM expression').fetchone()[0])", db])
        #expect(stats.stdout == "600\n")
    }

    @Test func aPublishKilledMidwayLeavesNoHalfWrittenPageAfterTheRerun() throws {
        let acts = try manyActs()
        let folder = acts.deletingLastPathComponent()
        let db = folder.appendingPathComponent("q.sqlite").path
        #expect(try CommandRunner.qonun(["ingest", "--db", db, acts.path]).status == 0)
        let site = folder.appendingPathComponent("site").path
        let root = Fixtures.packageRoot.path
        let arguments = ["publish", "--db", db, "--out", site, "--stylesheets", root + "/stylesheets", "--assets", root + "/site"]
        let process = try start(arguments, output: folder.appendingPathComponent("log"))
        // Kill it once pages are being written.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline,
              (FileManager.default.enumerator(atPath: site)?.allObjects.count ?? 0) < 200 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(process.isRunning, "the publish was still running when killed")
        killHard(process)
        let rerun = try CommandRunner.qonun(arguments, environment: ["QONUN_PAGEFIND_PYTHON": "/nonexistent"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let files = FileManager.default.enumerator(atPath: site)?.compactMap { $0 as? String } ?? []
        #expect(!files.contains { ($0 as NSString).lastPathComponent.hasSuffix(".tmp") }, "no temporary file is left")
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 600)
        for page in pages.prefix(400) {
            let text = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
            #expect(text.hasSuffix("</html>") || text.hasSuffix("</html>\n"), "\(page) is complete")
        }
        let again = try CommandRunner.qonun(arguments, environment: ["QONUN_PAGEFIND_PYTHON": "/nonexistent"])
        #expect(again.stdout.contains("pages written 0,"))
    }

    @Test func commentsAcceptedBeforeTheServerIsKilledAreAllThere() async throws {
        let folder = try Fixtures.temporaryFolder()
        let db = folder.appendingPathComponent("q.sqlite").path
        #expect(try CommandRunner.qonun(["ingest", "--db", db, Fixtures.corpus]).status == 0)
        #expect(try CommandRunner.qonun(["user", "add", "--db", db, "citizen"], stdin: "password-123\n").status == 0)
        let id = try CommandRunner.qonun(["consultation", "open", "--db", db, "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02",
                                          "--opens", "now", "--closes", "+1d"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let port = 19_000 + Int(getpid() % 1000)
        let server = try start(["serve", "--db", db, "--port", "\(port)", "--comments-per-minute", "100000",
                                "--comments-per-minute-per-address", "100000"], output: folder.appendingPathComponent("serve.log"))
        defer { if server.isRunning { killHard(server) } }
        let base = URL(string: "http://127.0.0.1:\(port)")!
        var token = ""
        for _ in 0..<50 where token.isEmpty {
            try await Task.sleep(nanoseconds: 100_000_000)
            var request = URLRequest(url: base.appendingPathComponent("api/v1/session"))
            request.httpMethod = "POST"
            request.httpBody = Data(#"{"name":"citizen","password":"password-123"}"#.utf8)
            if let (data, _) = try? await URLSession.shared.data(for: request),
               let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                token = object["token"] as? String ?? ""
            }
        }
        #expect(!token.isEmpty)
        var accepted: [Int] = []
        let deadline = Date().addingTimeInterval(1.5)
        while Date() < deadline {
            var request = URLRequest(url: base.appendingPathComponent("api/v1/consultations/\(id)/comments"))
            request.httpMethod = "POST"
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.httpBody = Data(#"{"eId":"art_1","stance":"support","body":"Izoh \#(accepted.count)"}"#.utf8)
            guard let (data, response) = try? await URLSession.shared.data(for: request) else { break }
            if (response as? HTTPURLResponse)?.statusCode == 201,
               let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let commentId = object["id"] as? Int {
                accepted.append(commentId)
            }
        }
        killHard(server)
        #expect(accepted.count > 10)
        let export = try CommandRunner.qonun(["export", "comments", "--db", db, "--consultation", id, "--format", "json"])
        let stored = Set(((try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int })
        #expect(Set(accepted).isSubset(of: stored))
        #expect(try CommandRunner.qonun(["audit", "verify", "--db", db]).status == 0)
    }
}
