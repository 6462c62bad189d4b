import GRDB

/// The store's tables, as numbered migrations (a store made by an older Rasd is brought up to date
/// when opened). Every analysis record is a row an analyst can query with any SQLite tool; the
/// full `AnalyzedDocument` is kept as JSON beside the raw text. docs/corpus.md describes them.
enum CorpusSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    document TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    title TEXT, url TEXT, outlet TEXT, author TEXT, published TEXT,
                    text TEXT NOT NULL,
                    analysis TEXT NOT NULL
                );
                CREATE INDEX documents_published ON documents(published);
                CREATE INDEX documents_outlet ON documents(outlet);
                CREATE TABLE entities (
                    entity TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    canonical TEXT, canonical_ar TEXT,
                    mentions INTEGER NOT NULL DEFAULT 0,
                    documents INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE aliases (
                    entity TEXT NOT NULL REFERENCES entities(entity),
                    alias TEXT NOT NULL,
                    count INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (entity, alias)
                );
                CREATE TABLE mentions (
                    document INTEGER NOT NULL REFERENCES documents(id),
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    entity TEXT NOT NULL, type TEXT NOT NULL, role TEXT, role_country TEXT
                );
                CREATE INDEX mentions_entity ON mentions(entity);
                CREATE INDEX mentions_document ON mentions(document);
                CREATE TABLE dates (
                    document INTEGER NOT NULL REFERENCES documents(id),
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    value TEXT, end_value TEXT, grain TEXT, relative INTEGER NOT NULL
                );
                CREATE INDEX dates_value ON dates(value);
                CREATE TABLE quantities (
                    document INTEGER NOT NULL REFERENCES documents(id),
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    value REAL NOT NULL, value_max REAL, unit TEXT, unit_lemma TEXT, qualifier TEXT NOT NULL, per TEXT
                );
                CREATE TABLE attributions (
                    document INTEGER NOT NULL REFERENCES documents(id),
                    cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue TEXT NOT NULL,
                    speaker_start INTEGER, speaker_end INTEGER, speaker TEXT, speaker_entity TEXT,
                    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT NOT NULL,
                    direct INTEGER NOT NULL, stance TEXT NOT NULL,
                    via TEXT NOT NULL
                );
                CREATE INDEX attributions_speaker ON attributions(speaker_entity);
                CREATE TABLE events (
                    document INTEGER NOT NULL REFERENCES documents(id),
                    type TEXT NOT NULL,
                    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger TEXT NOT NULL,
                    participants TEXT NOT NULL, place TEXT, date TEXT
                );
                CREATE INDEX events_date ON events(date);
                CREATE TABLE claims (
                    document INTEGER NOT NULL REFERENCES documents(id),
                    key TEXT, subject TEXT, predicate TEXT NOT NULL, object TEXT,
                    value REAL, value_max REAL, qualifier TEXT, date TEXT, source TEXT, recipient TEXT, stance TEXT,
                    via TEXT NOT NULL,
                    evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence TEXT NOT NULL
                );
                CREATE INDEX claims_key ON claims(key);
                """)
        }
        migrator.registerMigration("v2: near-duplicates") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN duplicate_group INTEGER;
                CREATE TABLE signatures (
                    document INTEGER PRIMARY KEY REFERENCES documents(id),
                    minhash BLOB NOT NULL
                );
                CREATE TABLE bands (
                    band INTEGER NOT NULL, key INTEGER NOT NULL,
                    document INTEGER NOT NULL REFERENCES documents(id)
                );
                CREATE INDEX bands_key ON bands(band, key);
                """)
        }
        migrator.registerMigration("v3: search index") { db in
            // Segments cover consecutive document ids; a segment's postings rows are the row-id
            // range first_row...last_row, written in term order (SearchIndexWriter).
            try db.execute(sql: """
                CREATE TABLE search_segments (
                    id INTEGER PRIMARY KEY,
                    level INTEGER NOT NULL,
                    first_document INTEGER NOT NULL, last_document INTEGER NOT NULL,
                    documents INTEGER NOT NULL, terms INTEGER NOT NULL,
                    first_row INTEGER NOT NULL, last_row INTEGER NOT NULL
                );
                CREATE TABLE search_postings (
                    term TEXT NOT NULL,
                    segment INTEGER NOT NULL REFERENCES search_segments(id),
                    postings BLOB NOT NULL,
                    positions BLOB NOT NULL
                );
                CREATE UNIQUE INDEX search_postings_term ON search_postings(term, segment);
                CREATE INDEX events_type ON events(type, document);
                """)
        }
        migrator.registerMigration("v4: entity graph") { db in
            // The pairs (entity, document) that the graph's co-mentions, the entity pages and the
            // exports read are one covering index; it serves every lookup by entity alone too.
            try db.execute(sql: """
                CREATE INDEX mentions_entity_document ON mentions(entity, document);
                DROP INDEX mentions_entity;
                """)
        }
        migrator.registerMigration("v5: documents by id") { db in
            // `GET /api/documents/{id}` and `rasd export` look a document up by its input id.
            try db.execute(sql: "CREATE INDEX documents_document ON documents(document, id)")
        }
        migrator.registerMigration("v6: signatures of chained shingle hashes") { db in
            // MinHash now chains a shingle's word hashes with one mix instead of five; signatures
            // made the old way would never equal a new document's, so every one is remade from
            // the stored text. Groups already given stay as they are.
            try NearDuplicates.remakeSignatures(in: db)
        }
        migrator.registerMigration("v7: elided spellings counted with the article") { db in
            // `لسعودية` (from `للسعودية`) counts under `السعودية` where the entity has both.
            for statement in ArticleSpelling.foldStatements() { try db.execute(sql: statement) }
        }
        return migrator
    }
}
