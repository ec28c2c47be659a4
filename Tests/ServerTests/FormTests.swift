import Consultation
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The forms that work without JavaScript: sign-in with a CSRF cookie, comment with the session's CSRF token.
@Suite struct FormTests {
    /// Signs in through the form; returns the session cookie and the page's CSRF token.
    func signIn(_ client: some TestClientProtocol, _ f: ServerFixture, name: String = "citizen") async throws -> (cookie: String, csrf: String) {
        let loginCSRF = try await client.execute(uri: "/login", method: .get) { response in
            #expect(response.status == .ok)
            let setCookie = try #require(response.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"))
            return try #require(setCookie.split(separator: ";").first?.split(separator: "=").last.map(String.init))
        }
        let session = try await client.execute(uri: "/login", method: .post,
                                               headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "qonun_login_csrf=\(loginCSRF)"],
                                               body: ByteBuffer(string: "name=\(name)&password=password-\(name)&csrf=\(loginCSRF)&next=%2Fconsultations%2F\(f.open.id)")) { response in
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/consultations/\(f.open.id)")
            let cookies = response.headers[values: .setCookie]
            let session = try #require(cookies.first { $0.hasPrefix("qonun_session=") })
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/"))
            return String(session.split(separator: ";")[0].dropFirst("qonun_session=".count))
        }
        let csrf = try await client.execute(uri: "/consultations/\(f.open.id)/comment?eId=art_1", method: .get, headers: [.cookie: "qonun_session=\(session)"]) { response in
            #expect(response.status == .ok)
            let page = text(response)
            let marker = "name=\"csrf\" value=\""
            let start = try #require(page.range(of: marker))
            return String(page[start.upperBound...].prefix { $0 != "\"" })
        }
        return (session, csrf)
    }

    func postComment(_ client: some TestClientProtocol, _ f: ServerFixture, cookie: String?, csrf: String?, body: String) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = "qonun_session=\(cookie)" }
        let encoded = body.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let form = "eId=art_1&stance=oppose&body=\(encoded)" + (csrf.map { "&csrf=\($0)" } ?? "&csrf=")
        return try await client.execute(uri: "/consultations/\(f.open.id)/comments", method: .post, headers: headers, body: ByteBuffer(string: form))
    }

    @Test func aCommentPostedWithAValidCSRFTokenIsStoredAndShownEscaped() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let (cookie, csrf) = try await signIn(client, f)
            let xss = "<script>alert('x')</script><img src=x onerror=alert(1)> Mobil ilova kerak"
            let response = try await postComment(client, f, cookie: cookie, csrf: csrf, body: xss)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.hasPrefix("/consultations/\(f.open.id)#comment-") == true)
            #expect(try f.store.comments(of: f.open.id).map(\.body) == [xss])
            try await client.execute(uri: "/consultations/\(f.open.id)", method: .get, headers: [.cookie: "qonun_session=\(cookie)"]) { page in
                let html = text(page)
                #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Mobil ilova kerak"))
                #expect(!html.contains("<script>alert") && !html.contains("<img src=x"))
                #expect(html.contains("<span class=\"comment-count\" data-eid=\"art_1\">1 izoh</span>"))
                #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test func aMissingOrForgedCSRFTokenIsRefused() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let (cookie, _) = try await signIn(client, f)
            #expect(try await postComment(client, f, cookie: cookie, csrf: nil, body: "x").status == .forbidden)
            #expect(try await postComment(client, f, cookie: cookie, csrf: "forged", body: "x").status == .forbidden)
            #expect(try await postComment(client, f, cookie: nil, csrf: "forged", body: "x").status == .unauthorized)
            #expect(try f.store.comments(of: f.open.id).isEmpty)
        }
    }

    @Test func theSignInFormNeedsItsCSRFCookie() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "name=citizen&password=password-citizen&csrf=abc")) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.setCookie] == nil)
            }
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "qonun_login_csrf=abc"],
                                     body: ByteBuffer(string: "name=citizen&password=wrong-one&csrf=abc")) { response in
                #expect(response.status == .unauthorized)
                #expect(text(response).contains("the name or the password is wrong"))
            }
        }
    }

    @Test func theConsultationPageListsProvisionsWithCountsAndCommentLinks() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/consultations/\(f.open.id)", method: .get) { response in
                #expect(response.status == .ok)
                let html = text(response)
                #expect(html.contains("<html lang=\"uz-Latn\">"))
                #expect(html.contains("href=\"/consultations/\(f.open.id)/comment?eId=art_1\""))
                #expect(html.contains("id=\"art_6\""))
                #expect(html.components(separatedBy: "<h1>").count == 2)
            }
            try await client.execute(uri: "/consultations/\(f.closed.id)", method: .get) { response in
                #expect(!text(response).contains("comment?eId="), "a closed consultation offers no comment links")
            }
            try await client.execute(uri: "/consultations/999", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/consultations/\(f.open.id)/comment?eId=art_1", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/login?next=") == true)
            }
        }
    }

    @Test func aProvisionPageShowsItsTextAndThreadAndFollowsEveryNewComment() async throws {
        let f = try ServerFixture()
        try await f.application.test(.router) { client in
            let page = "/consultations/\(f.open.id)/provisions/art_1"
            try await client.execute(uri: page, method: .get) { response in
                #expect(response.status == .ok)
                let html = text(response)
                #expect(html.contains("<html lang=\"uz-Latn\">"))
                #expect(html.components(separatedBy: "<h1>").count == 2)
                #expect(html.contains("data-eid=\"art_1\">0 "))
                #expect(html.contains("href=\"/consultations/\(f.open.id)/comment?eId=art_1\""))
            }
            try await client.execute(uri: "/consultations/\(f.open.id)", method: .get) { response in
                #expect(text(response).contains("href=\"/consultations/\(f.open.id)/provisions/art_1\""))
            }
            // A comment posted after the page was rendered (and cached) is on the next reading.
            let token = try await f.token(client, "citizen")
            let payload = "<script>alert('x')</script> Ushbu modda aniqroq bo‘lsin"
            try await client.execute(uri: "/api/v1/consultations/\(f.open.id)/comments", method: .post,
                                     headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                     body: json(["eId": "art_1", "stance": "oppose", "body": payload])) { #expect($0.status == .created) }
            try await client.execute(uri: page, method: .get) { response in
                let html = text(response)
                #expect(html.contains("data-eid=\"art_1\">1 "))
                #expect(html.contains("&lt;script&gt;alert"))
                #expect(!html.contains("<script>alert"))
                #expect(html.contains("Ushbu modda aniqroq bo‘lsin"))
            }
            try await client.execute(uri: "/consultations/\(f.open.id)/provisions/art_999", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/consultations/999/provisions/art_1", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/consultations/\(f.closed.id)/provisions/art_1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!text(response).contains("comment?eId="), "a closed consultation offers no comment link")
            }
        }
    }

    @Test func signInNeverRedirectsOffSite() async throws {
        #expect(FormRoutesProbe.next("//evil.example/") == "/")
        #expect(FormRoutesProbe.next("https://evil.example/") == "/")
        #expect(FormRoutesProbe.next("/consultations/1") == "/consultations/1")
    }
}

@testable import Server

enum FormRoutesProbe {
    static func next(_ value: String) -> String { FormRoutes.safeNext(value) }
}
