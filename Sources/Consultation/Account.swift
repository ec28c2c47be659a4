import Foundation
internal import Crypto
import Registry
internal import GRDB
internal import HummingbirdBcrypt

/// A person's account: a private sign-in name, a public pseudonym, a role.
public struct Account: Sendable, Equatable, Codable {
    /// What an account may do.
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// Comments, votes and flags.
        case citizen
        /// Also hides and restores comments.
        case moderator
        /// Also records dispositions for the drafting body.
        case drafter
        /// Everything.
        case admin
    }

    /// Internal id.
    public var id: Int64
    /// The sign-in name (never shown publicly).
    public var name: String
    /// The public pseudonym shown beside comments.
    public var pseudonym: String
    /// The role.
    public var role: Role

    /// True for roles that may moderate.
    public var canModerate: Bool { role == .moderator || role == .admin }
    /// True for roles that may record dispositions.
    public var canDispose: Bool { role == .drafter || role == .admin }
}

/// A signed-in session: the bearer token or cookie value is only known to the client.
public struct Session: Sendable, Equatable {
    /// The secret token (returned once, stored hashed).
    public var token: String
    /// The CSRF token that every form of this session must carry.
    public var csrf: String
    /// Who is signed in.
    public var account: Account
}

extension ConsultationStore {
    /// Failed sign-ins allowed per name and per address in `throttleWindow` before further attempts are refused.
    static let maxLoginFailures = 5
    static let throttleWindow: TimeInterval = 15 * 60
    static let sessionLifetime: TimeInterval = 14 * 24 * 3600

    /// Creates an account; the password is stored as a bcrypt hash.
    public func addAccount(name: String, password: String, role: Account.Role, pseudonym: String? = nil,
                           email: String? = nil, bcryptCost: UInt8 = 10) throws(ConsultationError) -> Account {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard (3...40).contains(trimmed.count), trimmed.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }) else {
            throw ConsultationError(.invalid, "the name '\(name)' must be 3 to 40 letters, digits, dots, dashes or underscores")
        }
        guard password.count >= 8 else { throw ConsultationError(.invalid, "the password must have at least 8 characters") }
        guard password.utf8.count <= 72 else { throw ConsultationError(.invalid, "the password must have at most 72 bytes (bcrypt's limit)") }
        let publicName = (pseudonym?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 } ?? trimmed
        guard publicName.count <= 60 else { throw ConsultationError(.invalid, "the pseudonym must have at most 60 characters") }
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        let at = now
        return try write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM account WHERE name = ?"), arguments: [trimmed]) == true {
                throw ConsultationError(.conflict, "the name '\(trimmed)' is already taken")
            }
            try db.execute(sql: "INSERT INTO account(name, pseudonym, role, password_hash, email, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [trimmed, publicName, role.rawValue, hash, email, Timestamp.format(at)])
            let account = Account(id: db.lastInsertedRowID, name: trimmed, pseudonym: publicName, role: role)
            try ConsultationStore.appendAudit(db, at: at, actor: "cli", action: "account", subject: "account:\(account.id)",
                                              payload: ["role": role.rawValue, "pseudonym": publicName])
            return account
        }
    }

    /// Checks a name and password and opens a session; repeated failures from one name or address are throttled.
    public func signIn(name: String, password: String, ip: String) throws(ConsultationError) -> Session {
        let at = now.timeIntervalSince1970
        let window = at - ConsultationStore.throttleWindow
        let candidate: (Account, String)? = try read { db in
            let failures = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM login_failure WHERE at > ? AND (name = ? COLLATE NOCASE OR ip = ?)"),
                                            arguments: [window, name, ip]) ?? 0
            if failures >= ConsultationStore.maxLoginFailures {
                throw ConsultationError(.throttled, "too many failed sign-ins; wait 15 minutes and try again")
            }
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, pseudonym, role, password_hash FROM account WHERE name = ?"), arguments: [name]) else {
                return nil
            }
            return (ConsultationStore.account(row), row["password_hash"])
        }
        guard let (account, hash) = candidate, Bcrypt.verify(password, hash: hash) else {
            try write { db in
                try db.cachedStatement(sql: "INSERT INTO login_failure(name, ip, at) VALUES (?, ?, ?)").execute(arguments: [name, ip, at])
                try db.cachedStatement(sql: "DELETE FROM login_failure WHERE at < ?").execute(arguments: [at - 24 * 3600])
            }
            throw ConsultationError(.unauthenticated, "the name or the password is wrong")
        }
        let token = ConsultationStore.randomToken()
        let csrf = ConsultationStore.randomToken()
        try write { db in
            try db.execute(sql: "INSERT INTO session(token_hash, account_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [ConsultationStore.tokenHash(token), account.id, csrf, at, at + ConsultationStore.sessionLifetime])
        }
        return Session(token: token, csrf: csrf, account: account)
    }

    /// The session a token belongs to, if it exists and has not expired.
    public func session(token: String) throws(ConsultationError) -> Session? {
        let at = now.timeIntervalSince1970
        return try read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.id, a.name, a.pseudonym, a.role, s.csrf FROM session s JOIN account a ON a.id = s.account_id
                WHERE s.token_hash = ? AND s.expires_at > ?
                """), arguments: [ConsultationStore.tokenHash(token), at]) else { return nil }
            return Session(token: token, csrf: row["csrf"], account: ConsultationStore.account(row))
        }
    }

    /// Ends a session.
    public func signOut(token: String) throws(ConsultationError) {
        try write { db in try db.cachedStatement(sql: "DELETE FROM session WHERE token_hash = ?").execute(arguments: [ConsultationStore.tokenHash(token)]) }
    }

    /// An account by name.
    public func account(named name: String) throws(ConsultationError) -> Account? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, pseudonym, role FROM account WHERE name = ?"), arguments: [name]).map(ConsultationStore.account)
        }
    }

    static func account(_ row: Row) -> Account {
        Account(id: row["id"], name: row["name"], pseudonym: row["pseudonym"], role: Account.Role(rawValue: row["role"]) ?? .citizen)
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func tokenHash(_ token: String) -> String {
        HexDigest.string(SHA256.hash(data: Data(token.utf8)))
    }
}
