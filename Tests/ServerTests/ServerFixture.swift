import Consultation
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Registry
import Server
import Testing
import TestSupport

/// A registry with the corpus, accounts of every role, an open and a closed consultation on the demo bill,
/// and the application under test.
struct ServerFixture {
    static let draft = "/akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02"
    let store: ConsultationStore
    let open: Consultation
    let closed: Consultation
    let configuration: ServerConfiguration

    init(commentsPerMinute: Int = 1000) throws {
        let folder = try Fixtures.temporaryFolder()
        let registry = try Registry(path: folder.appendingPathComponent("q.sqlite").path)
        #expect(Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles).skipped == 0)
        store = try ConsultationStore(registry: registry)
        for (name, role) in [("citizen", Account.Role.citizen), ("citizen2", .citizen), ("citizen3", .citizen), ("citizen4", .citizen),
                             ("moderator", .moderator), ("drafter", .drafter)] {
            _ = try store.addAccount(name: name, password: "password-\(name)", role: role, pseudonym: name == "citizen" ? "Fuqaro" : nil,
                                     email: "\(name)@example.uz", bcryptCost: 4)
        }
        let now = Date()
        open = try store.open(draft: Self.draft, opens: now.addingTimeInterval(-3600), closes: now.addingTimeInterval(30 * 86_400))
        closed = try store.open(draft: "/akn/uz/bill/2026-11-02/demo-egov-2026/rus@2026-11-02",
                                opens: now.addingTimeInterval(-3 * 86_400), closes: now.addingTimeInterval(-86_400))
        configuration = ServerConfiguration(commentsPerMinutePerAccount: commentsPerMinute, commentsPerMinutePerAddress: commentsPerMinute * 10)
    }

    var application: some ApplicationProtocol {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return QonunServer.application(store: store, configuration: configuration, logger: logger)
    }

    /// Signs in through the API and returns the bearer token.
    func token(_ client: some TestClientProtocol, _ name: String) async throws -> String {
        try await client.execute(uri: "/api/v1/session", method: .post, body: json(["name": name, "password": "password-\(name)"])) { response in
            #expect(response.status == .created)
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            return try #require(object?["token"] as? String)
        }
    }
}

func json(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
}

func bearer(_ token: String) -> HTTPFields {
    [.authorization: "Bearer \(token)", .contentType: "application/json"]
}

func object(_ response: TestResponse) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

func text(_ response: TestResponse) -> String { String(buffer: response.body) }
