import Foundation
import Testing
import TestSupport
@testable import Consultation
@testable import Registry

/// A registry with the corpus, a consultation store with a movable clock, and accounts of every role.
final class ConsultationFixture: @unchecked Sendable {
    // Unchecked Sendable: the clock is guarded by its lock.
    let registry: Registry
    let store: ConsultationStore
    private var instant: Date
    private let lock = NSLock()
    private let box: ClockBox
    let citizen: Account
    let others: [Account]
    let moderator: Account
    let drafter: Account

    static let enacted = "/akn/uz/act/2015-12-09/demo-egov/uzb@2015-12-09"
    static let amended = "/akn/uz/act/2015-12-09/demo-egov/uzb@2019-10-01"
    static let opens = Timestamp.parse("2026-11-01T00:00:00Z")!
    static let closes = Timestamp.parse("2026-12-01T00:00:00Z")!

    init() throws {
        let folder = try Fixtures.temporaryFolder()
        registry = try Registry(path: folder.appendingPathComponent("q.sqlite").path)
        let report = Ingester(registry: registry).ingest(paths: Fixtures.corpusFiles)
        #expect(report.skipped == 0)
        instant = Timestamp.parse("2026-11-10T12:00:00Z")!
        let clockBox = ClockBox()
        box = clockBox
        store = try ConsultationStore(registry: registry, clock: { clockBox.now() })
        citizen = try store.addAccount(name: "citizen", password: "password-1", role: .citizen, pseudonym: "Fuqaro", email: "citizen@example.uz", bcryptCost: 4)
        let accounts = store
        others = try (1...5).map { try accounts.addAccount(name: "citizen\($0)", password: "password-1", role: .citizen, bcryptCost: 4) }
        moderator = try store.addAccount(name: "moderator", password: "password-1", role: .moderator, bcryptCost: 4)
        drafter = try store.addAccount(name: "drafter", password: "password-1", role: .drafter, bcryptCost: 4)
        clockBox.fixture = self
    }

    func now() -> Date { lock.lock(); defer { lock.unlock() }; return instant }
    func set(_ date: String) { lock.lock(); instant = Timestamp.parse(date)!; lock.unlock() }

    func openConsultation(on draft: String = enacted) throws -> Consultation {
        try store.open(draft: draft, opens: Self.opens, closes: Self.closes, body: "Demo drafting body")
    }
}

/// Lets the store's clock closure reach the fixture once it exists.
final class ClockBox: @unchecked Sendable {
    weak var fixture: ConsultationFixture?
    func now() -> Date { fixture?.now() ?? Timestamp.parse("2026-11-10T12:00:00Z")! }
}
