import Consultation
import Hummingbird

/// Finds who is signed in: a bearer token (API) or the session cookie (forms).
struct Authentication: Sendable {
    static let cookieName = "qonun_session"

    let store: ConsultationStore

    /// The session of a bearer token; nil when there is none.
    func bearer(_ request: Request) throws -> Session? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, token.count <= 200 else { return nil }
        do { return try store.session(token: token) } catch let error as ConsultationError { throw Problem(error) }
    }

    /// The session of the cookie; nil when there is none.
    func cookie(_ request: Request) throws -> Session? {
        guard let token = request.cookies[Authentication.cookieName]?.value, !token.isEmpty, token.count <= 200 else { return nil }
        do { return try store.session(token: token) } catch let error as ConsultationError { throw Problem(error) }
    }

    /// The API's account: a valid bearer token or 401.
    func requireBearer(_ request: Request) throws -> Account {
        guard let session = try bearer(request) else {
            throw Problem(.unauthorized, "sign in first: POST /api/v1/session with {\"name\", \"password\"} and send the token as Authorization: Bearer")
        }
        return session.account
    }
}

import Foundation
