internal import GRDB

/// A work as the publisher lists it.
public struct WorkRecord: Sendable, Equatable {
    /// The work URI.
    public var uri: String
    /// True when the URI follows the AKN naming convention.
    public var isAKN: Bool
    /// act, bill...
    public var docType: String
    /// The number from the URI or FRBRnumber.
    public var number: String?
    /// The work date.
    public var date: String?
    /// The latest title ingested.
    public var title: String?
    /// in_force or repealed.
    public var status: String
    /// The day of the repeal, when repealed.
    public var repealedOn: String?
}

/// A link between an amending and an amended work, as the documents record it.
public struct AmendmentLink: Sendable, Equatable, Hashable {
    /// The amending work.
    public var amending: String
    /// The amended work.
    public var amended: String
    /// The amended provision, when known.
    public var eId: String?
    /// substitution, insertion, repeal, amendment...
    public var type: String
    /// The day it took effect, when known.
    public var date: String?
}

extension Registry {
    /// Every work, ordered by URI.
    public func works() throws(RegistryError) -> [WorkRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT uri, is_akn, doc_type, number, date, title, status, repealed_on FROM work ORDER BY uri").map { row in
                WorkRecord(uri: row["uri"], isAKN: row["is_akn"], docType: row["doc_type"], number: row["number"], date: row["date"],
                           title: row["title"], status: row["status"], repealedOn: row["repealed_on"])
            }
        }
    }

    /// Every expression of every work, ordered by work, language and date.
    public func allVersions() throws(RegistryError) -> [ExpressionInfo] {
        try read { db in try Registry.expressions(db, where: "1 ORDER BY w.uri, e.language, e.date", []) }
    }

    /// Amendment links touching a work: those that amended it and those it made.
    public func amendments(involving uri: String) throws(RegistryError) -> (received: [AmendmentLink], made: [AmendmentLink]) {
        try read { db in
            func links(_ condition: String) throws -> [AmendmentLink] {
                try Row.fetchAll(db, sql: """
                    SELECT DISTINCT amending_work, amended_work, amended_eid, type, date FROM amendment
                    WHERE \(condition) = ? ORDER BY date, amending_work, amended_eid
                    """, arguments: [uri]).map { row in
                    AmendmentLink(amending: row["amending_work"], amended: row["amended_work"], eId: row["amended_eid"],
                                  type: row["type"], date: row["date"])
                }
            }
            return (try links("amended_work"), try links("amending_work"))
        }
    }
}
