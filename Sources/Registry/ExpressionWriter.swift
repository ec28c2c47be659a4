internal import GRDB

/// Writes one prepared expression in a single transaction: upsert its work, replace any older content of
/// the same expression URI, insert provisions (indexed by trigger), events and amendment links, and
/// recompute the validity periods of the work's versions in that language.
struct ExpressionWriter {
    let registry: Registry

    func write(_ prepared: PreparedExpression) throws(RegistryError) -> IngestedFile.Outcome {
        try registry.write { db in try write(prepared, in: db) }
    }

    /// Writes inside the caller's transaction.
    func write(_ prepared: PreparedExpression, in db: Database) throws -> IngestedFile.Outcome {
        do {
            let existing = try Row.fetchOne(db, sql: "SELECT id, content_hash FROM expression WHERE uri = ?", arguments: [prepared.expressionURI])
            if let existing, existing["content_hash"] as String == prepared.hash { return .unchanged }
            if let existing {
                try db.execute(sql: "DELETE FROM provision WHERE expression_id = ?", arguments: [existing["id"] as Int64])
                try db.execute(sql: "DELETE FROM expression WHERE id = ?", arguments: [existing["id"] as Int64])
            }
            let workId = try upsertWork(db, prepared)
            try db.execute(sql: """
                INSERT INTO expression(work_id, uri, language, script, date, title, doc_type, source_path, content_hash, size, xml, schema_valid, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [workId, prepared.expressionURI, prepared.language, prepared.script, prepared.date, prepared.title,
                                 prepared.docType, prepared.path, prepared.hash, prepared.xml.count, prepared.xml,
                                 prepared.schemaValid, Ingester.timestamp()])
            let expressionId = db.lastInsertedRowID
            try insertProvisions(db, prepared, expressionId: expressionId)
            for event in prepared.events {
                try db.execute(sql: "INSERT INTO lifecycle_event(expression_id, date, type, source_uri) VALUES (?, ?, ?, ?)",
                               arguments: [expressionId, event.date, event.type, event.sourceHref.flatMap(PreparedExpression.work(in:))])
            }
            for link in prepared.links {
                try db.execute(sql: """
                    INSERT INTO amendment(expression_id, amending_work, amended_work, amended_eid, amending_eid, type, date)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [expressionId, link.amendingWork, link.amendedWork, link.amendedEId, link.amendingEId, link.type, link.date])
            }
            try refreshValidity(db, workId: workId, language: prepared.language)
            return existing == nil ? .added : .replaced
        }
    }

    private func upsertWork(_ db: Database, _ prepared: PreparedExpression) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO work(uri, is_akn, country, doc_type, subtype, number, date, title, status, repealed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(uri) DO UPDATE SET
                title = coalesce(excluded.title, work.title),
                status = CASE WHEN excluded.status = 'repealed' THEN 'repealed' ELSE work.status END,
                repealed_on = coalesce(excluded.repealed_on, work.repealed_on)
            """, arguments: [prepared.workURI, prepared.isAKN, prepared.country, prepared.docType, prepared.subtype,
                             prepared.number, prepared.workDate, prepared.title,
                             prepared.repealedOn == nil ? "in_force" : "repealed", prepared.repealedOn])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM work WHERE uri = ?", arguments: [prepared.workURI]) else {
            throw RegistryError.database("the work \(prepared.workURI) vanished during ingest")
        }
        return id
    }

    private func insertProvisions(_ db: Database, _ prepared: PreparedExpression, expressionId: Int64) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO provision(expression_id, eid, parent_id, kind, name, num, heading, text, ord, depth, status, component)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var ids: [Int64] = []
        ids.reserveCapacity(prepared.rows.count)
        for (order, row) in prepared.rows.enumerated() {
            let provision = row.provision
            try statement.execute(arguments: [expressionId, provision.eId, row.parent.map { ids[$0] }, provision.kind, provision.name,
                                              provision.num, provision.heading, provision.text, order, row.depth, row.status, row.component])
            ids.append(db.lastInsertedRowID)
        }
    }

    /// Each version is valid until the next version's date in the same language.
    private func refreshValidity(_ db: Database, workId: Int64, language: String) throws {
        try db.execute(sql: """
            UPDATE expression SET valid_until = (
                SELECT min(next.date) FROM expression next
                WHERE next.work_id = expression.work_id AND next.language = expression.language AND next.date > expression.date
            ) WHERE work_id = ? AND language = ?
            """, arguments: [workId, language])
    }
}
