import Consultation
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Server
import Testing
import TestSupport

/// Hostile requests get a 4xx and reveal nothing.
@Suite struct AttackTests {
    func application(_ f: ServerFixture, site: URL) -> some ApplicationProtocol {
        var configuration = f.configuration
        configuration.siteDirectory = site.path
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return QonunServer.application(store: f.store, configuration: configuration, logger: logger)
    }

    func site() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><html lang=\"uz\"><head><title>Qonun</title></head><body><h1>Qonun</h1></body></html>".utf8)
            .write(to: folder.appendingPathComponent("index.html"))
        // A secret beside the site that no request may reach.
        try Data("root:x:0:0:secret".utf8).write(to: folder.deletingLastPathComponent().appendingPathComponent("secret.txt"))
        return folder
    }

    @Test(arguments: ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/%252e%252e/secret.txt", "/..%2fsecret.txt",
                      "/assets/../../secret.txt", "//secret.txt", "/.%2e/secret.txt"])
    func pathTraversalNeverLeavesTheSite(_ path: String) async throws {
        let f = try ServerFixture()
        let folder = try site()
        try await application(f, site: folder).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect((400..<500).contains(Int(response.status.code)), "\(path) → \(response.status)")
                #expect(!String(buffer: response.body).contains("secret"))
            }
            try await client.execute(uri: "/index.html", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test(arguments: ["' OR 1=1 --", "\"; DROP TABLE comment; --", "art_1' UNION SELECT password_hash FROM account --", "NEAR(a b)", "*"])
    func injectionStringsInQueryParametersAreData(_ value: String) async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let token = try await f.token(client, "citizen")
            _ = try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post, headers: bearer(token),
                                         body: json(["eId": "art_1", "stance": "support", "body": "ok"])) { $0.status }
            let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments?eId=\(encoded)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "[]")
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .get) { response in
                #expect(String(buffer: response.body).contains("\"body\":\"ok\""), "the table survived")
                #expect(!String(buffer: response.body).contains("$2"), "no password hash leaks")
            }
        }
    }

    @Test func aSessionIdChosenBeforeSignInIsNeverAdopted() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let fixed = "attacker-chosen-session-id"
            let loginCSRF = "abc123"
            let issued = try await client.execute(uri: "/login", method: .post,
                                                  headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "qonun_session=\(fixed); qonun_login_csrf=\(loginCSRF)"],
                                                  body: ByteBuffer(string: "name=citizen&password=password-citizen&csrf=\(loginCSRF)")) { response in
                #expect(response.status == .seeOther)
                let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("qonun_session=") })
                return String(cookie.split(separator: ";")[0].dropFirst("qonun_session=".count))
            }
            #expect(issued != fixed)
            #expect(try f.store.session(token: fixed) == nil)
            #expect(try f.store.session(token: issued)?.account.name == "citizen")
        }
    }

    @Test func commentsAfterTheCloseAreRefusedThroughEveryPath() async throws {
        let f = try ServerFixture()
        let citizen = try #require(try f.store.account(named: "citizen"))
        #expect(throws: ConsultationError.self) { try f.store.post(NewComment(eId: "art_1", stance: .support, body: "late"), to: f.closed.id, by: citizen) }
        try await f.application.test(.router) { client in
            let token = try await f.token(client, "citizen")
            try await client.execute(uri: "/api/v1/consultations/\(f.closed.id)/comments", method: .post, headers: bearer(token),
                                     body: json(["eId": "art_1", "stance": "support", "body": "late"])) { #expect($0.status == .conflict) }
            let session = try f.store.signIn(name: "citizen", password: "password-citizen", ip: "test")
            try await client.execute(uri: "/consultations/\(f.closed.id)/comments", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "qonun_session=\(session.token)"],
                                     body: ByteBuffer(string: "eId=art_1&stance=support&body=late&csrf=\(session.csrf)")) { #expect($0.status == .conflict) }
        }
        #expect(try f.store.comments(of: f.closed.id).isEmpty)
    }

    @Test func oversizedBodiesAndHeadersAreRefused() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/session", method: .post, body: ByteBuffer(repeating: 0x41, count: 1_000_000)) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post,
                                     headers: [.authorization: "Bearer " + String(repeating: "x", count: 10_000)], body: json(["eId": "art_1"])) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }
}

/// The server's search API: the registry's search with its query syntax, refusals as 422.
@Suite struct SearchAPITests {
    @Test func searchFindsProvisionsAndRefusesBadQueries() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=kiberhujumlar&lang=uzb", method: .get) { response in
                #expect(response.status == .ok)
                let body = try object(response)
                #expect(body["total"] as? Int == 1)
                #expect(((body["results"] as? [[String: Any]])?.first?["eId"] as? String) == "art_29__para_1")
            }
            try await client.execute(uri: "/api/v1/search?q=%2Donly", method: .get) { #expect($0.status == .unprocessableContent) }
            try await client.execute(uri: "/api/v1/search?q=x&asOf=2019-02-30", method: .get) { #expect($0.status == .unprocessableContent) }
            try await client.execute(uri: "/api/v1/search?q=%22%27%3B%20DROP%20TABLE%20provision", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/search", method: .get) { #expect($0.status == .unprocessableContent) }
        }
    }
}
