import Consultation
import Foundation
import Hummingbird
import Registry

/// Server-rendered pages and forms that work without JavaScript: sign in, read a draft with its comments,
/// comment on a provision. Every form carries a CSRF token tied to the session.
struct FormRoutes: Sendable {
    let store: ConsultationStore
    let limits: RateLimiter
    let configuration: ServerConfiguration

    static let loginCSRFCookie = "qonun_login_csrf"

    struct LoginForm: Decodable { var name: String; var password: String; var csrf: String; var next: String? }
    struct CommentForm: Decodable {
        var eId: String
        var stance: String
        var body: String
        var quote: String?
        var parentId: String?
        var csrf: String
    }
    struct LogoutForm: Decodable { var csrf: String }

    func register(on router: Router<QonunRequestContext>) {
        let auth = Authentication(store: store)

        router.get("login") { request, _ -> Response in
            let token = ConsultationTokens.random()
            let next = FormRoutes.safeNext(request.uri.queryParameters["next"].map(String.init))
            var response = html(FormPages.login(csrf: token, next: next, error: nil), status: .ok)
            response.setCookie(cookie(FormRoutes.loginCSRFCookie, token, maxAge: 3600))
            return response
        }
        router.post("login") { request, context -> Response in
            let form = try await decodeForm(LoginForm.self, request, context)
            let next = FormRoutes.safeNext(form.next)
            guard let expected = request.cookies[FormRoutes.loginCSRFCookie]?.value, !expected.isEmpty, expected == form.csrf else {
                return html(FormPages.login(csrf: form.csrf, next: next, error: "The form expired or was not sent from this site (CSRF check failed). Reload the page and try again."), status: .forbidden)
            }
            do {
                let session = try store.signIn(name: form.name, password: form.password, ip: context.remoteAddress)
                var response = Response(status: .seeOther, headers: [.location: next])
                response.setCookie(cookie(Authentication.cookieName, session.token, maxAge: 14 * 24 * 3600))
                response.setCookie(cookie(FormRoutes.loginCSRFCookie, "", maxAge: 0))
                return response
            } catch let error as ConsultationError {
                let status: HTTPResponse.Status = error.kind == .throttled ? .tooManyRequests : .unauthorized
                return html(FormPages.login(csrf: form.csrf, next: next, error: error.message), status: status)
            }
        }
        router.post("logout") { request, context -> Response in
            let form = try await decodeForm(LogoutForm.self, request, context)
            if let session = try auth.cookie(request) {
                guard session.csrf == form.csrf else { throw Problem(.forbidden, "the CSRF token is missing or wrong") }
                try? store.signOut(token: session.token)
            }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(cookie(Authentication.cookieName, "", maxAge: 0))
            return response
        }
        router.get("consultations/:id") { request, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let consultation = try await call { try store.consultation(id) }
            let session = try auth.cookie(request)
            let comments = try await call { try store.comments(of: id) }
            let draft = try draftProvisions(consultation)
            return html(FormPages.consultation(consultation, provisions: draft, comments: comments, session: session), status: .ok)
        }
        // Public, the same for every reader, and read far more often than comments are written: rendered once per
        // change of the store (and of the consultation's state), then served from memory.
        let provisionPages = PageCache()
        router.get("consultations/:id/provisions/:eId") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let eId = try context.parameters.require("eId")
            let key = "\(id)~\(eId)"
            let changes = try callInPlace { try store.changeStamp() }
            if let page = provisionPages.page(key, stamp: changes, now: Date()) { return html(page, status: .ok) }
            let consultation = try await call { try store.consultation(id) }
            guard let provision = try draftProvisions(consultation).first(where: { $0.eId == eId }) else {
                throw Problem(.notFound, "the draft has no provision '\(eId)'")
            }
            let comments = try await call { try store.comments(of: id, eId: eId) }
            let page = ByteBuffer(string: FormPages.provision(consultation, provision: provision, comments: comments))
            let now = Date()
            let boundaries = [consultation.opensAt, consultation.closesAt].compactMap(Timestamp.parse).filter { $0 > now }
            provisionPages.store(key, page, stamp: changes, validUntil: boundaries.min() ?? .distantFuture)
            return html(page, status: .ok)
        }
        router.get("consultations/:id/comment") { request, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let eId = request.uri.queryParameters["eId"].map(String.init) ?? ""
            let parent = request.uri.queryParameters["parent"].map(String.init)
            guard let session = try auth.cookie(request) else {
                let next = "/consultations/\(id)/comment?eId=\(eId.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                return Response(status: .seeOther, headers: [.location: "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")])
            }
            let consultation = try await call { try store.consultation(id) }
            let provision = try draftProvisions(consultation).first { $0.eId == eId }
            guard let provision else { throw Problem(.notFound, "the draft has no provision '\(eId)'") }
            return html(FormPages.commentForm(consultation, provision: provision, session: session, parentId: parent, error: nil, previous: nil), status: .ok)
        }
        router.post("consultations/:id/comments") { request, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let form = try await decodeForm(CommentForm.self, request, context)
            guard let session = try auth.cookie(request) else {
                return html(FormPages.message(title: "401", text: "Sign in first: /login"), status: .unauthorized)
            }
            guard !form.csrf.isEmpty, form.csrf == session.csrf else {
                return html(FormPages.message(title: "403", text: "The form was not sent from this site or your session changed (CSRF check failed). Go back, reload the page and try again."), status: .forbidden)
            }
            let consultation = try await call { try store.consultation(id) }
            let provision = try draftProvisions(consultation).first { $0.eId == form.eId }
            func again(_ message: String, _ status: HTTPResponse.Status) -> Response {
                guard let provision else { return html(FormPages.message(title: "\(status.code)", text: message), status: status) }
                return html(FormPages.commentForm(consultation, provision: provision, session: session, parentId: form.parentId, error: message, previous: form.body), status: status)
            }
            guard let stance = Comment.Stance(rawValue: form.stance) else { return again("Choose a stance: support, oppose or neutral.", .unprocessableContent) }
            guard limits.allow("account:\(session.account.id)", limit: configuration.commentsPerMinutePerAccount),
                  limits.allow("address:\(context.remoteAddress)", limit: configuration.commentsPerMinutePerAddress) else {
                return again("Too many comments in a minute; wait a little and try again.", .tooManyRequests)
            }
            do {
                let parent = form.parentId.flatMap { Int64($0) }
                let comment = try store.post(NewComment(eId: form.eId, quote: form.quote, stance: stance, body: form.body, parentId: parent), to: id, by: session.account)
                return Response(status: .seeOther, headers: [.location: "/consultations/\(id)#comment-\(comment.id)"])
            } catch let error as ConsultationError {
                return again(error.message, Problem(error).status)
            }
        }
    }

    /// The draft's provisions, flattened in document order.
    func draftProvisions(_ consultation: Consultation) throws -> [StoredProvision] {
        do {
            let shown = try store.registry.show(consultation.expression)
            return (shown.provisions ?? []).flatMap { FormRoutes.flatten($0) }
        } catch {
            throw Problem(.internalServerError, "the draft \(consultation.expression) cannot be read from the registry")
        }
    }

    static func flatten(_ node: StoredProvision) -> [StoredProvision] {
        var own = node
        own.children = []
        return [own] + node.children.flatMap(flatten)
    }

    /// Only local paths are followed after sign-in (no open redirects).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.contains("\r"), !next.contains("\n") else { return "/" }
        return next
    }

    func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }
}

/// Random tokens for the sign-in form's CSRF cookie.
enum ConsultationTokens {
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<24).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// Decodes an urlencoded form with a clear 4xx when fields are missing.
func decodeForm<T: Decodable>(_ type: T.Type, _ request: Request, _ context: QonunRequestContext) async throws -> T {
    let buffer: ByteBuffer
    do {
        buffer = try await request.body.collect(upTo: context.maxUploadSize)
    } catch {
        throw Problem(.contentTooLarge, "the form is larger than \(context.maxUploadSize / 1024) KiB")
    }
    do {
        return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
    } catch {
        throw Problem(.unprocessableContent, "the form is incomplete: \(error)")
    }
}

/// An HTML response.
func html(_ text: String, status: HTTPResponse.Status) -> Response {
    html(ByteBuffer(string: text), status: status)
}

func html(_ body: ByteBuffer, status: HTTPResponse.Status) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    headers[.init("X-Content-Type-Options")!] = "nosniff"
    return Response(status: status, headers: headers, body: .init(byteBuffer: body))
}

import NIOCore
