internal import GRDB

/// The consultation tables, beside the registry's in the same SQLite file.
enum ConsultationMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("consultation v1: accounts, sessions, consultations, comments, votes, flags, dispositions, audit log") { db in
            try db.execute(sql: """
                CREATE TABLE consultation_setting (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO consultation_setting(name, value) VALUES ('pseudonym_secret', lower(hex(randomblob(32))));
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    pseudonym TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('citizen', 'moderator', 'drafter', 'admin')),
                    password_hash TEXT NOT NULL,
                    email TEXT,                          -- never published or exported
                    created_at TEXT NOT NULL
                );
                CREATE TABLE session (
                    token_hash TEXT PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    expires_at REAL NOT NULL
                );
                CREATE TABLE login_failure (name TEXT NOT NULL, ip TEXT NOT NULL, at REAL NOT NULL);
                CREATE INDEX login_failure_by_time ON login_failure(at);
                CREATE TABLE consultation (
                    id INTEGER PRIMARY KEY,
                    work_uri TEXT NOT NULL,
                    expression_uri TEXT NOT NULL,        -- the current draft version
                    title TEXT NOT NULL,
                    language TEXT NOT NULL,
                    body TEXT,                           -- the drafting body
                    opens_at REAL NOT NULL,
                    closes_at REAL NOT NULL,
                    closed_at REAL,                      -- closed early by hand
                    created_at REAL NOT NULL
                );
                CREATE TABLE consultation_version (
                    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
                    expression_uri TEXT NOT NULL,
                    added_at REAL NOT NULL,
                    PRIMARY KEY (consultation_id, expression_uri)
                );
                CREATE TABLE comment (
                    id INTEGER PRIMARY KEY,
                    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
                    expression_uri TEXT NOT NULL,        -- the version commented on
                    eid TEXT NOT NULL,
                    quote TEXT,
                    stance TEXT NOT NULL CHECK (stance IN ('support', 'oppose', 'neutral')),
                    body TEXT NOT NULL,
                    parent_id INTEGER REFERENCES comment(id),
                    depth INTEGER NOT NULL,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    created_at REAL NOT NULL,
                    hidden INTEGER NOT NULL DEFAULT 0,
                    hidden_reason TEXT,
                    pending_review INTEGER NOT NULL DEFAULT 0,
                    campaign_id INTEGER,                 -- the first comment of its group of near-identical comments
                    carry_status TEXT,                   -- NULL, 'changed' or 'removed' after a new draft version
                    fingerprint TEXT NOT NULL            -- folded words, for campaign detection
                );
                CREATE INDEX comment_by_consultation ON comment(consultation_id, eid);
                CREATE TABLE vote (
                    comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    value INTEGER NOT NULL CHECK (value IN (-1, 1)),
                    PRIMARY KEY (comment_id, account_id)
                );
                CREATE TABLE flag (
                    comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    reason TEXT,
                    created_at REAL NOT NULL,
                    PRIMARY KEY (comment_id, account_id)
                );
                CREATE TABLE disposition (
                    comment_id INTEGER PRIMARY KEY REFERENCES comment(id) ON DELETE CASCADE,
                    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'partly', 'rejected', 'noted')),
                    reason TEXT,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    decided_at REAL NOT NULL
                );
                CREATE TABLE audit_log (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("consultation v2: campaign groups by index") { db in
            try db.execute(sql: "CREATE INDEX comment_by_campaign ON comment(campaign_id)")
        }
        return migrator
    }
}
