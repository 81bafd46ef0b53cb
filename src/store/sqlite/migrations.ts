/** Schema steps in order; the database's `user_version` is the number of steps applied. Never edit a shipped step. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    url TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT,
    published TEXT,
    content_hash TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
  );
  CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    series TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    value REAL,
    currency TEXT NOT NULL,
    role TEXT NOT NULL,
    record_claim INTEGER NOT NULL,
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,
    notes TEXT NOT NULL,
    article_url TEXT NOT NULL REFERENCES articles(url),
    outlet TEXT NOT NULL,
    published TEXT,
    observed_at TEXT NOT NULL
  );
  CREATE INDEX observations_by_month ON observations(series, period_start, period_end);
  CREATE TABLE seed_months (
    series TEXT NOT NULL,
    month TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT,
    PRIMARY KEY (series, month)
  );
  CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    series TEXT NOT NULL,
    month TEXT NOT NULL,
    value REAL NOT NULL,
    currency TEXT NOT NULL,
    previous_month TEXT,
    previous_value REAL,
    history_incomplete INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    message_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at TEXT,
    UNIQUE (series, month)
  );
  CREATE TABLE alert_sources (
    alert_id INTEGER NOT NULL REFERENCES alerts(id),
    url TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT,
    published TEXT,
    added_at TEXT NOT NULL,
    PRIMARY KEY (alert_id, url)
  );
  `,
  // 2: provenance of verdicts, superseded observations, seed origins, source baselines, outbox retries and edits.
  `
  ALTER TABLE observations ADD COLUMN verdict TEXT;
  ALTER TABLE observations ADD COLUMN mode TEXT NOT NULL DEFAULT 'live';
  ALTER TABLE observations ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX observations_by_article ON observations(article_url);
  ALTER TABLE seed_months ADD COLUMN origin TEXT NOT NULL DEFAULT 'seed';
  CREATE TABLE source_baselines (
    source_id TEXT PRIMARY KEY,
    baselined_at TEXT NOT NULL
  );
  -- A source that already stored articles under the old schema is not new: its next tick may alert.
  INSERT INTO source_baselines (source_id, baselined_at) SELECT source_id, MIN(first_seen) FROM articles GROUP BY source_id;
  ALTER TABLE alerts ADD COLUMN next_attempt_at TEXT;
  ALTER TABLE alerts ADD COLUMN consecutive_failures INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE alerts ADD COLUMN attempt_started_at TEXT;
  ALTER TABLE alerts ADD COLUMN maybe_posted INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE alerts ADD COLUMN edit_pending INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE alerts ADD COLUMN edited_at TEXT;
  `,
  // 3: sources: health per source, HTTP validators per URL, and article dedup keys.
  `
  CREATE TABLE source_health (
    source_id TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_outcome TEXT CHECK (last_outcome IN ('ok', 'not-modified', 'error')),
    last_error TEXT,
    last_error_at TEXT,
    last_success_at TEXT,
    last_attempt_at TEXT,
    next_attempt_at TEXT,
    disabled_at TEXT,
    last_articles INTEGER NOT NULL DEFAULT 0,
    last_article_errors INTEGER NOT NULL DEFAULT 0,
    last_article_error TEXT,
    pending_notice TEXT CHECK (pending_notice IN ('source-disabled', 'source-recovered'))
  );
  CREATE TABLE http_validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE article_keys (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    content_hash TEXT,
    -- Why the page was given up; NULL while it is still tried again (see failures).
    failure TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
  );
  -- Articles stored before this step are known by their URL without scheme or trailing slash
  -- (the key articleKey() gives those URLs), so an upgraded database does not fetch them again.
  INSERT OR IGNORE INTO article_keys (key, url, content_hash, failure, first_seen, last_seen)
    SELECT rtrim(substr(url, instr(url, '//')), '/'), url, content_hash, NULL, first_seen, last_seen FROM articles;
  `,
  // 4: held, rejected and corrected alerts, the sentence an alert was read from, corrections with their
  // follow-up message, held records sent for review, and the posted message's link. SQLite cannot widen a
  // CHECK in place, so the alerts table is rebuilt (openDatabase turns foreign keys off around migrations
  // and checks them before each step commits).
  `
  CREATE TABLE alerts_new (
    id INTEGER PRIMARY KEY,
    series TEXT NOT NULL,
    month TEXT NOT NULL,
    value REAL NOT NULL,
    currency TEXT NOT NULL,
    previous_month TEXT,
    previous_value REAL,
    history_incomplete INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'held', 'rejected', 'corrected')),
    message_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at TEXT,
    next_attempt_at TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    attempt_started_at TEXT,
    maybe_posted INTEGER NOT NULL DEFAULT 0,
    edit_pending INTEGER NOT NULL DEFAULT 0,
    edited_at TEXT,
    evidence TEXT,
    hold_reason TEXT,
    released_by TEXT,
    correction_kind TEXT CHECK (correction_kind IN ('not-a-record', 'revised', 'rejected')),
    corrected_value REAL,
    correction_outlets TEXT,
    correction_reason TEXT,
    corrected_at TEXT,
    corrections INTEGER NOT NULL DEFAULT 0,
    followup_pending INTEGER NOT NULL DEFAULT 0,
    followup_message_id TEXT,
    followup_attempts INTEGER NOT NULL DEFAULT 0,
    review_pending INTEGER NOT NULL DEFAULT 0,
    review_message_id TEXT,
    review_attempts INTEGER NOT NULL DEFAULT 0,
    message_url TEXT,
    UNIQUE (series, month)
  );
  INSERT INTO alerts_new (id, series, month, value, currency, previous_month, previous_value, history_incomplete,
    created_at, status, message_id, attempts, last_error, sent_at, next_attempt_at, consecutive_failures,
    attempt_started_at, maybe_posted, edit_pending, edited_at)
  SELECT id, series, month, value, currency, previous_month, previous_value, history_incomplete,
    created_at, status, message_id, attempts, last_error, sent_at, next_attempt_at, consecutive_failures,
    attempt_started_at, maybe_posted, edit_pending, edited_at FROM alerts;
  DROP TABLE alerts;
  ALTER TABLE alerts_new RENAME TO alerts;
  `,
  // 5: the tick journal the status page shows (the newest few hundred ticks; src/store/ticks.ts).
  `
  CREATE TABLE ticks (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'crashed')),
    summary TEXT NOT NULL,
    sources INTEGER NOT NULL DEFAULT 0,
    sources_read INTEGER NOT NULL DEFAULT 0,
    sources_unchanged INTEGER NOT NULL DEFAULT 0,
    sources_failed INTEGER NOT NULL DEFAULT 0,
    sources_not_due INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    figures INTEGER NOT NULL DEFAULT 0,
    alerts_created INTEGER NOT NULL DEFAULT 0,
    alerts_sent INTEGER NOT NULL DEFAULT 0,
    alerts_failed INTEGER NOT NULL DEFAULT 0,
    error TEXT
  );
  `,
  // 6: polling that follows the sources: what each source published last and how often it publishes; pages that hung.
  `
  ALTER TABLE source_health ADD COLUMN newest_link TEXT;
  ALTER TABLE source_health ADD COLUMN last_published_at TEXT;
  ALTER TABLE source_health ADD COLUMN publish_interval_ms INTEGER;
  ALTER TABLE article_keys ADD COLUMN hung INTEGER NOT NULL DEFAULT 0;
  `,
];
