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
  // 4: polling that follows the sources: what each source published last and how often it publishes; pages that hung.
  `
  ALTER TABLE source_health ADD COLUMN newest_link TEXT;
  ALTER TABLE source_health ADD COLUMN last_published_at TEXT;
  ALTER TABLE source_health ADD COLUMN publish_interval_ms INTEGER;
  ALTER TABLE article_keys ADD COLUMN hung INTEGER NOT NULL DEFAULT 0;
  `,
];
