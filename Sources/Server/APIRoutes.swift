import Consultation
import Foundation
import Hummingbird
import Registry
internal import NIOPosix

/// The JSON API under /api/v1.
struct APIRoutes: Sendable {
    let store: ConsultationStore
    let limits: RateLimiter
    let configuration: ServerConfiguration

    struct SignIn: Decodable { var name: String; var password: String }
    struct Token: Encodable { var token: String; var pseudonym: String; var role: String }
    struct NewCommentBody: Decodable {
        var eId: String
        var quote: String?
        var stance: String
        var body: String
        var parentId: Int64?
    }
    struct VoteBody: Decodable { var value: Int }
    struct FlagBody: Decodable { var reason: String? }
    struct ModerationBody: Decodable { var action: String; var reason: String }
    struct DispositionBody: Decodable { var decision: String; var reason: String? }

    func register(on router: Router<QonunRequestContext>) {
        let auth = Authentication(store: store)
        let api = router.group("api/v1")

        api.post("session") { request, context -> Response in
            let body = try await decode(SignIn.self, request, context)
            do {
                let session = try store.signIn(name: body.name, password: body.password, ip: context.remoteAddress)
                return try json(Token(token: session.token, pseudonym: session.account.pseudonym, role: session.account.role.rawValue), status: .created)
            } catch let error as ConsultationError { throw Problem(error) }
        }
        api.delete("session") { request, _ -> Response in
            if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
                try? store.signOut(token: String(header.dropFirst(7)))
            }
            return Response(status: .noContent)
        }
        api.get("search") { request, _ -> Response in
            let query = request.uri.queryParameters
            guard let text = query["q"].map(String.init), !text.isEmpty else {
                throw Problem(.unprocessableContent, "give a query: /api/v1/search?q=words")
            }
            guard text.count <= 500 else { throw Problem(.unprocessableContent, "the query is longer than 500 characters") }
            let limit = query["limit"].flatMap { Int(String($0)) } ?? 20
            guard (1...100).contains(limit) else { throw Problem(.unprocessableContent, "limit must be between 1 and 100") }
            let options = SearchOptions(asOf: query["asOf"].map(String.init), allVersions: query["allVersions"] == "true",
                                        language: query["lang"].map(String.init), docType: query["type"].map(String.init), limit: limit,
                                        offset: max(0, query["offset"].flatMap { Int(String($0)) } ?? 0))
            do {
                return try json(try store.registry.search(text, options: options))
            } catch let error as RegistryError {
                switch error {
                case .invalidQuery, .invalidDate: throw Problem(.unprocessableContent, error.description)
                default: throw Problem(.internalServerError, "the search failed")
                }
            }
        }
        api.get("consultations") { _, _ -> Response in
            try json(try await call { try store.consultations() })
        }
        api.get("consultations/:id") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            return try json(try await call { try store.consultation(id) })
        }
        api.get("consultations/:id/comments") { request, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let eId = request.uri.queryParameters["eId"].map(String.init)
            return try json(try await call { try store.comments(of: id, eId: eId) })
        }
        api.post("consultations/:id/comments") { request, context -> Response in
            let account = try auth.requireBearer(request)
            let id = try context.parameters.require("id", as: Int64.self)
            let body = try await decode(NewCommentBody.self, request, context)
            guard let stance = Comment.Stance(rawValue: body.stance) else {
                throw Problem(.unprocessableContent, "stance must be support, oppose or neutral")
            }
            try throttle(account: account, address: context.remoteAddress)
            let comment = try await call { try store.post(NewComment(eId: body.eId, quote: body.quote, stance: stance, body: body.body, parentId: body.parentId), to: id, by: account) }
            var response = try json(comment, status: .created)
            response.headers[.location] = "/api/v1/comments/\(comment.id)"
            return response
        }
        api.get("comments/:id") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let comment = try await call { try store.comment(id) }
            guard !comment.hidden else { throw Problem(.notFound, "there is no comment \(id)") }
            return try json(comment)
        }
        api.post("comments/:id/votes") { request, context -> Response in
            let account = try auth.requireBearer(request)
            let id = try context.parameters.require("id", as: Int64.self)
            let body = try await decode(VoteBody.self, request, context)
            return try json(try await call { try store.vote(on: id, value: body.value, by: account) })
        }
        api.post("comments/:id/flags") { request, context -> Response in
            let account = try auth.requireBearer(request)
            let id = try context.parameters.require("id", as: Int64.self)
            let body = try await decode(FlagBody.self, request, context)
            let comment = try await call { try store.flag(id, reason: body.reason, by: account) }
            return try json(FlagResult(comment: comment.id, hidden: comment.hidden), status: .created)
        }
        api.post("comments/:id/moderation") { request, context -> Response in
            let account = try auth.requireBearer(request)
            let id = try context.parameters.require("id", as: Int64.self)
            let body = try await decode(ModerationBody.self, request, context)
            return try json(try await call { try store.moderate(id, action: body.action, reason: body.reason, by: account) })
        }
        api.post("comments/:id/disposition") { request, context -> Response in
            let account = try auth.requireBearer(request)
            let id = try context.parameters.require("id", as: Int64.self)
            let body = try await decode(DispositionBody.self, request, context)
            guard let decision = Disposition.Decision(rawValue: body.decision) else {
                throw Problem(.unprocessableContent, "decision must be accepted, partly, rejected or noted")
            }
            return try json(try await call { try store.dispose(id, decision: decision, reason: body.reason, by: account) })
        }
        api.get("consultations/:id/report") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            return try json(try await call { try store.report(id) })
        }
        api.get("consultations/:id/export.json") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let data = ConsultationStore.json(try await call { try store.export(id) })
            return download(data, type: "application/json; charset=utf-8", name: "consultation-\(id)-comments.json")
        }
        api.get("consultations/:id/export.csv") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let data = Data(ConsultationStore.csv(try await call { try store.export(id) }).utf8)
            return download(data, type: "text/csv; charset=utf-8", name: "consultation-\(id)-comments.csv")
        }
    }

    struct FlagResult: Encodable { var comment: Int64; var hidden: Bool }

    /// Applies the per-account and per-address comment limits.
    func throttle(account: Account, address: String) throws {
        guard limits.allow("account:\(account.id)", limit: configuration.commentsPerMinutePerAccount),
              limits.allow("address:\(address)", limit: configuration.commentsPerMinutePerAddress) else {
            throw Problem(.tooManyRequests, "too many comments in a minute; wait a little and try again")
        }
    }
}

/// Runs a store call, turning its refusal into a problem response.
/// Runs a quick store read in place (an indexed lookup of one row), mapping its errors to problems.
func callInPlace<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as ConsultationError { throw Problem(error) }
}

/// Runs a store call on NIO's blocking thread pool, mapping its errors to problems. SQLite calls block; on
/// Swift's cooperative pool (one thread per core) a slow write would stall every connection's requests.
func call<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive {
        do { return try body() } catch let error as ConsultationError { throw Problem(error) }
    }
}

/// Decodes a JSON body with a clear 4xx for malformed or oversized input.
func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: QonunRequestContext) async throws -> T {
    let buffer: ByteBuffer
    do {
        buffer = try await request.body.collect(upTo: context.maxUploadSize)
    } catch {
        throw Problem(.contentTooLarge, "the request body is larger than \(context.maxUploadSize / 1024) KiB")
    }
    do {
        return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
    } catch let DecodingError.keyNotFound(key, _) {
        throw Problem(.unprocessableContent, "the JSON body needs the field '\(key.stringValue)'")
    } catch let DecodingError.typeMismatch(_, context) {
        throw Problem(.unprocessableContent, "the JSON field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
    } catch {
        throw Problem(.badRequest, "the body is not valid JSON")
    }
}

/// A JSON response.
func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

/// A file download.
func download(_ data: Data, type: String, name: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = type
    headers[.contentDisposition] = "attachment; filename=\"\(name)\""
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

import NIOCore
