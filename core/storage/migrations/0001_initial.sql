-- ReviewDesk schema 1. One statement per ";" at a line end; no triggers, so the
-- migration runner can split statements without parsing SQL.
-- Dates are ISO-8601 TEXT (YYYY-MM-DD); timestamps are UTC ISO-8601 TEXT.
-- Every table users edit carries `version` for optimistic concurrency.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE non_working_days (
    id      INTEGER PRIMARY KEY,
    day     TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('closure', 'bank-holiday')),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agencies (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL DEFAULT 'other',
    version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    role      TEXT NOT NULL,
    agency_id INTEGER REFERENCES agencies (id) ON DELETE SET NULL,
    version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cases (
    id            INTEGER PRIMARY KEY,
    ref           TEXT NOT NULL,
    ref_key       TEXT NOT NULL UNIQUE,
    panel_ref     TEXT NOT NULL DEFAULT '',
    child_id      TEXT NOT NULL DEFAULT '',
    age_band      TEXT NOT NULL DEFAULT '',
    sex           TEXT NOT NULL DEFAULT '',
    ethnicity     TEXT NOT NULL DEFAULT '',
    harm          TEXT NOT NULL CHECK (harm IN ('death', 'serious-harm')),
    incident_date TEXT,
    aware_date    TEXT NOT NULL,
    notified_date TEXT,
    themes        TEXT NOT NULL DEFAULT '',
    lead_officer  TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    notes         TEXT NOT NULL DEFAULT '',
    rule_set      TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE rapid_reviews (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    started             TEXT,
    meeting             TEXT,
    completed           TEXT,
    sent                TEXT,
    decision            TEXT CHECK (decision IN ('lcspr', 'no-lcspr', 'national-review')),
    rationale           TEXT NOT NULL DEFAULT '',
    panel_response      TEXT CHECK (panel_response IN ('agreed', 'challenged', 'national-review')),
    panel_response_date TEXT,
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE practice_reviews (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    type                TEXT NOT NULL CHECK (type IN ('lcspr', 'scr', 'local-learning-review', 'national-review')),
    decided             TEXT NOT NULL,
    reviewer            TEXT NOT NULL DEFAULT '',
    method              TEXT NOT NULL DEFAULT '',
    terms_of_reference  TEXT,
    planned_publication TEXT,
    sent                TEXT,
    published           TEXT,
    link                TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE extensions (
    id                 INTEGER PRIMARY KEY,
    practice_review_id INTEGER NOT NULL REFERENCES practice_reviews (id) ON DELETE CASCADE,
    new_due            TEXT NOT NULL,
    reason             TEXT NOT NULL,
    agreed_by          TEXT NOT NULL DEFAULT '',
    agreed_on          TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX extensions_by_review ON extensions (practice_review_id);

CREATE TABLE milestones (
    id        INTEGER PRIMARY KEY,
    owner     TEXT NOT NULL CHECK (owner IN ('rapid-review', 'practice-review')),
    review_id INTEGER NOT NULL,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    due       TEXT NOT NULL,
    done      TEXT,
    position  INTEGER NOT NULL,
    version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX milestones_by_case ON milestones (case_id);

CREATE TABLE actions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    recommendation  TEXT NOT NULL,
    owner_agency_id INTEGER NOT NULL REFERENCES agencies (id),
    officer         TEXT NOT NULL DEFAULT '',
    due             TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'complete', 'impact-evidenced')),
    evidence        TEXT NOT NULL DEFAULT '',
    closed          TEXT,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX actions_by_case ON actions (case_id);

CREATE TABLE meetings (
    id        INTEGER PRIMARY KEY,
    date      TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE meeting_cases (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, case_id)
);

-- The audit trail outlives what it describes: no foreign keys, the case's
-- reference is copied in.
CREATE TABLE audit_events (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    case_ref  TEXT NOT NULL DEFAULT '',
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    operation TEXT NOT NULL,
    summary   TEXT NOT NULL,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_case ON audit_events (case_ref);
