internal import GRDB
internal import GRDBSQLite

/// Writes one prepared expression in the caller's transaction: upsert its work, replace any older content of
/// the same expression URI, insert provisions, events and amendment links. Before it commits, the caller
/// recomputes the validity periods of the versions of every (work, language) written, with
/// `refreshValidity(_:in:)`, and adds the new provisions to the search index with
/// `indexForSearch(expressions:in:)`, once each for all the expressions of its transaction (removed
/// provisions leave the index by trigger).
struct ExpressionWriter {
    let registry: Registry

    /// What a write did, the row id of the expression written (nil when unchanged) and the versions whose
    /// validity periods it changes (nil when unchanged).
    struct Written {
        var outcome: IngestedFile.Outcome
        var expressionId: Int64?
        var versions: Versions?
        /// For each row written, the canonical provision it is an alias of (see `PassageKey`).
        var canonical: [Int64?] = []
    }

    /// The versions of a work in one language: each is valid until the next one's date.
    struct Versions: Hashable {
        var workId: Int64
        var language: String
    }

    /// Writes inside the caller's transaction; the caller indexes `expressionId` for search before it commits,
    /// and must have indexed every expression it wrote before when this one replaces a stored expression (see
    /// `Ingester.store`). `passages` assigns the new provisions to passages (see `PassageKey`).
    func write(_ prepared: PreparedExpression, in db: Database, passages: PassageIndex) throws -> Written {
        do {
            let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, work_id, content_hash FROM expression WHERE uri = ?"),
                                            arguments: [prepared.expressionURI])
            if let existing, existing["content_hash"] as String == prepared.hash { return Written(outcome: .unchanged, expressionId: nil, versions: nil) }
            if let existing {
                // Everything that hangs off the expression is deleted here, not left to ON DELETE CASCADE: ingest
                // writes with foreign-key enforcement off (see `Registry.writeUnchecked`).
                let id: Int64 = existing["id"]
                let work: Int64 = existing["work_id"]
                passages.forget(work: work)
                try ExpressionWriter.rehomePassages(ofExpression: id, work: work, in: db)
                let provisions = RegistryMigrations.provisionIds(ofExpression: id)
                try db.cachedStatement(sql: "DELETE FROM provision WHERE id >= ? AND id < ?").execute(arguments: [provisions.lower, provisions.upper])
                try db.cachedStatement(sql: "DELETE FROM provision_alias WHERE id >= ? AND id < ?").execute(arguments: [provisions.lower, provisions.upper])
                for table in ["lifecycle_event", "amendment"] {
                    try db.cachedStatement(sql: "DELETE FROM \(table) WHERE expression_id = ?").execute(arguments: [id])
                }
                try db.cachedStatement(sql: "DELETE FROM expression WHERE id = ?").execute(arguments: [id])
            }
            let workId = try upsertWork(db, prepared)
            try db.cachedStatement(sql: """
                INSERT INTO expression(work_id, uri, language, script, date, title, doc_type, source_path, content_hash, size, xml, xml_encoding, schema_valid, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [workId, prepared.expressionURI, prepared.language, prepared.script, prepared.date, prepared.title,
                                 prepared.docType, prepared.path, prepared.hash, prepared.xml.count, prepared.storedXML, prepared.xmlEncoding,
                                 prepared.schemaValid, Ingester.timestamp()])
            let expressionId = db.lastInsertedRowID
            // Passages are assigned before the provisions are inserted: a work new to this ingest reads its
            // stored passages, which must not include the new ones.
            let ids = RegistryMigrations.provisionIds(ofExpression: expressionId)
            let canonical = try passages.assign(work: workId, keys: prepared.passageKeys,
                                                ids: ids.lower..<(ids.lower + Int64(prepared.rows.count)), in: db)
            try insertProvisions(db, prepared, expressionId: expressionId)
            try ExpressionWriter.insertAliases(canonical, expressionId: expressionId, in: db)
            for (event, source) in zip(prepared.events, prepared.eventSourceWorks) {
                try db.cachedStatement(sql: "INSERT INTO lifecycle_event(expression_id, date, type, source_uri) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [expressionId, event.date, event.type, source])
            }
            for link in prepared.links {
                try db.cachedStatement(sql: """
                    INSERT INTO amendment(expression_id, amending_work, amended_work, amended_eid, amending_eid, type, date)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [expressionId, link.amendingWork, link.amendedWork, link.amendedEId, link.amendingEId, link.type, link.date])
            }
            return Written(outcome: existing == nil ? .added : .replaced, expressionId: expressionId,
                           versions: Versions(workId: workId, language: prepared.language), canonical: canonical)
        }
    }

    /// An expression written and not yet in the search index: its tokens, and for each row the canonical
    /// provision it is an alias of (nil: the row is a passage of its own, and is indexed).
    struct Unindexed {
        var tokens: PretokenizedText
        var canonical: [Int64?]
    }

    /// Adds the passages of these expressions (the rows that are no one's alias) to the full-text index, in id
    /// order, one row per statement. FTS5 keeps the terms in memory until the transaction commits (or its
    /// buffer fills), and writes them as one index segment, provided no statement of the transaction opens a
    /// statement journal: FTS5 writes out its pending terms at every such savepoint. A statement that inserts
    /// several rows, or inserts from a SELECT, opens one (unless, for an ordinary table, it is
    /// `INSERT OR FAIL`, as the provisions' and aliases' are): an 8 MB transaction wrote a segment per batch,
    /// and merged them again.
    /// The heading and text are bound from the tokens' own copies, and the tokens computed while parsing
    /// (`PretokenizedText`) are replayed to the tokenizer (`TokenReplay`), in the same order.
    static func indexForSearch(expressions: [Int64: Unindexed], in db: Database) throws {
        guard !expressions.isEmpty else { return }
        let ids = expressions.keys.sorted()
        let entries = ids.compactMap { expressions[$0] }
        let statement = try db.cachedStatement(sql: "INSERT INTO provision_fts(rowid, heading, text) VALUES (?, ?, ?)")
        let handle = statement.sqliteStatement
        try TokenReplay.$current.withValue(TokenReplay(entries.map { ($0.tokens, $0.canonical) })) {
            defer { sqlite3_reset(handle) }
            for (expression, entry) in zip(ids, entries) {
                let base = expression << RegistryMigrations.provisionIdShift
                for (order, canonical) in entry.canonical.enumerated() where canonical == nil {
                    let id = base + Int64(order)
                    sqlite3_reset(handle)
                    sqlite3_bind_int64(handle, 1, id)
                    bind(entry.tokens.texts[2 * order], 2, handle)
                    bind(entry.tokens.texts[2 * order + 1], 3, handle)
                    let status = sqlite3_step(handle)
                    guard status == SQLITE_DONE else {
                        throw RegistryError.database("search index, provision \(id): \(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
                    }
                }
            }
        }
        if entries.contains(where: { $0.canonical.contains { $0 != nil } }) {
            // Searches keep every alias in memory (`PassageAliases`), read again when this number changes.
            try db.cachedStatement(sql: "UPDATE search_generation SET value = value + 1 WHERE id = 1").execute()
        }
    }

    /// Records the new expression's aliases, many per statement.
    private static func insertAliases(_ canonical: [Int64?], expressionId: Int64, in db: Database) throws {
        let base = expressionId << RegistryMigrations.provisionIdShift
        let pairs = canonical.enumerated().compactMap { order, id in id.map { (base + Int64(order), $0) } }
        var start = 0
        while start < pairs.count {
            let count = min(rowsPerInsert, pairs.count - start)
            let statement = try db.cachedStatement(sql: "INSERT OR FAIL INTO provision_alias(id, canonical) VALUES "
                                                   + Array(repeating: "(?, ?)", count: count).joined(separator: ", "))
            let handle = statement.sqliteStatement
            sqlite3_reset(handle)
            for offset in 0..<count {
                sqlite3_bind_int64(handle, Int32(offset * 2 + 1), pairs[start + offset].0)
                sqlite3_bind_int64(handle, Int32(offset * 2 + 2), pairs[start + offset].1)
            }
            let status = sqlite3_step(handle)
            defer { sqlite3_reset(handle) }
            guard status == SQLITE_DONE else {
                throw RegistryError.database("passages of expression \(expressionId): \(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
            }
            start += count
        }
    }

    /// Before an expression of `work` is deleted: every passage one of its provisions holds for provisions of
    /// the work's other expressions moves to the first of those (its new canonical provision, added to the
    /// index), and the others become its aliases. The deleted provisions then leave the index by trigger.
    static func rehomePassages(ofExpression expression: Int64, work: Int64, in db: Database) throws {
        let deleted = RegistryMigrations.provisionIds(ofExpression: expression)
        let others = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM expression WHERE work_id = ? AND id != ?"),
                                        arguments: [work, expression])
        var aliases: [Int64: [Int64]] = [:]
        for other in others {
            let range = RegistryMigrations.provisionIds(ofExpression: other)
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT id, canonical FROM provision_alias WHERE id >= ? AND id < ? AND canonical >= ? AND canonical < ?
                """), arguments: [range.lower, range.upper, deleted.lower, deleted.upper])
            while let row = try rows.next() { aliases[row["canonical"], default: []].append(row["id"]) }
        }
        for (_, group) in aliases.sorted(by: { $0.key < $1.key }) {
            let sorted = group.sorted()
            let heir = sorted[0]
            try db.cachedStatement(sql: "DELETE FROM provision_alias WHERE id = ?").execute(arguments: [heir])
            for alias in sorted.dropFirst() {
                try db.cachedStatement(sql: "UPDATE provision_alias SET canonical = ? WHERE id = ?").execute(arguments: [heir, alias])
            }
            try db.cachedStatement(sql: """
                INSERT INTO provision_fts(rowid, heading, text) SELECT id, coalesce(heading, ''), text FROM provision WHERE id = ?
                """).execute(arguments: [heir])
        }
    }

    private func upsertWork(_ db: Database, _ prepared: PreparedExpression) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO work(uri, is_akn, country, doc_type, subtype, number, date, title, status, repealed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(uri) DO UPDATE SET
                title = coalesce(excluded.title, work.title),
                status = CASE WHEN excluded.status = 'repealed' THEN 'repealed' ELSE work.status END,
                repealed_on = coalesce(excluded.repealed_on, work.repealed_on)
            """).execute(arguments: [prepared.workURI, prepared.isAKN, prepared.country, prepared.docType, prepared.subtype,
                             prepared.number, prepared.workDate, prepared.title,
                             prepared.repealedOn == nil ? "in_force" : "repealed", prepared.repealedOn])
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM work WHERE uri = ?"), arguments: [prepared.workURI]) else {
            throw RegistryError.database("the work \(prepared.workURI) vanished during ingest")
        }
        return id
    }

    private func insertProvisions(_ db: Database, _ prepared: PreparedExpression, expressionId: Int64) throws {
        let shift = RegistryMigrations.provisionIdShift
        guard prepared.rows.count < 1 << shift else {
            throw RegistryError.unusableDocument(path: prepared.path, reason: "it has \(prepared.rows.count) provisions; the registry keeps at most \((1 << shift) - 1) per expression")
        }
        // Bound through the C API, many rows per statement: one provision is a dozen values, GRDB's boxed
        // arguments cost more than SQLite's insert itself, and each statement execution has its own overhead
        // (a statement journal among it).
        let base = expressionId << shift
        var start = 0
        while start < prepared.rows.count {
            let count = min(Self.rowsPerInsert, prepared.rows.count - start)
            let statement = try db.cachedStatement(sql: Self.insertProvisionsSQL(rows: count))
            let handle = statement.sqliteStatement
            sqlite3_reset(handle)
            for offset in 0..<count {
                let order = start + offset
                let row = prepared.rows[order]
                let provision = row.provision
                let first = Int32(offset * 13)
                sqlite3_bind_int64(handle, first + 1, base + Int64(order))
                sqlite3_bind_int64(handle, first + 2, expressionId)
                Self.bind(provision.eId, first + 3, handle)
                if let parent = row.parent { sqlite3_bind_int64(handle, first + 4, base + Int64(parent)) } else { sqlite3_bind_null(handle, first + 4) }
                Self.bind(provision.kind, first + 5, handle)
                Self.bind(provision.name, first + 6, handle)
                Self.bind(provision.num, first + 7, handle)
                Self.bind(provision.heading, first + 8, handle)
                Self.bind(provision.text, first + 9, handle)
                sqlite3_bind_int64(handle, first + 10, Int64(order))
                sqlite3_bind_int64(handle, first + 11, Int64(row.depth))
                Self.bind(row.status, first + 12, handle)
                Self.bind(row.component, first + 13, handle)
            }
            let status = sqlite3_step(handle)
            // Bindings are not cleared: every parameter is bound again for the next rows, and a text parameter
            // keeps its buffer, which SQLite reuses instead of allocating one per value (clearing them freed
            // 900,000 buffers for the benchmark corpus's 136,100 provisions).
            defer { sqlite3_reset(handle) }
            guard status == SQLITE_DONE else {
                let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                throw RegistryError.database("provisions \(start)-\(start + count - 1) of \(prepared.expressionURI): \(message)")
            }
            start += count
        }
    }

    /// Provisions inserted by one statement (13 values each, far below SQLite's limit of 32,766 parameters).
    static let rowsPerInsert = 64

    static func insertProvisionsSQL(rows: Int) -> String {
        let row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        return "INSERT OR FAIL INTO provision(id, expression_id, eid, parent_id, kind, name, num, heading, text, ord, depth, status, component) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// SQLite copies the bytes (SQLITE_TRANSIENT), so the string's storage need not outlive the call.
    static func bind(_ text: String?, _ index: Int32, _ handle: OpaquePointer) {
        guard var text else { sqlite3_bind_null(handle, index); return }
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress, !bytes.isEmpty {
                _ = sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), transient)
            } else {
                _ = sqlite3_bind_text(handle, index, "", 0, transient)
            }
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Each version is valid until the next version's date in the same language. Only rows whose end date
    /// changes are updated: an UPDATE rewrites the whole row, Akoma Ntoso source included.
    static func refreshValidity(_ versions: Set<Versions>, in db: Database) throws {
        for line in versions.sorted(by: { ($0.workId, $0.language) < ($1.workId, $1.language) }) {
            try refreshValidity(db, workId: line.workId, language: line.language)
        }
    }

    private static func refreshValidity(_ db: Database, workId: Int64, language: String) throws {
        try db.cachedStatement(sql: """
            WITH next(id, until) AS (
                SELECT id, (SELECT min(later.date) FROM expression later
                            WHERE later.work_id = e.work_id AND later.language = e.language AND later.date > e.date)
                FROM expression e WHERE e.work_id = ?1 AND e.language = ?2
            )
            UPDATE expression SET valid_until = (SELECT until FROM next WHERE next.id = expression.id)
            WHERE work_id = ?1 AND language = ?2
              AND valid_until IS NOT (SELECT until FROM next WHERE next.id = expression.id)
            """).execute(arguments: [workId, language])
    }
}
