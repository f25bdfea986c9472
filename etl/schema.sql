-- The warehouse the dashboard reads. Offsets are character offsets (0-based, end exclusive).
-- *_start/*_end point into documents.normalized_text; orig_start/orig_end into documents.original_text.

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,        -- first 16 hex of sha256 of the raw bytes
    source_name VARCHAR NOT NULL,
    stored_name VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    file_format VARCHAR NOT NULL,
    encoding VARCHAR,
    unit VARCHAR,
    region VARCHAR,
    city VARCHAR,
    level VARCHAR,
    sector VARCHAR,
    year INTEGER,
    doc_type VARCHAR,
    issued DATE,
    title VARCHAR,
    header_missing BOOLEAN NOT NULL,
    low_confidence VARCHAR,            -- comma-separated profile fields guessed from weak evidence
    corrected VARCHAR,                 -- comma-separated profile fields a user corrected
    n_sections INTEGER NOT NULL,
    n_items INTEGER NOT NULL,
    n_metrics INTEGER NOT NULL,
    n_chars INTEGER NOT NULL,
    original_text VARCHAR NOT NULL,
    -- stored uncompressed: full-text search reads every text, and decompressing them took longer than the search
    normalized_text VARCHAR USING COMPRESSION uncompressed NOT NULL
);

CREATE TABLE sections (
    section_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    ord INTEGER NOT NULL,
    number VARCHAR NOT NULL,
    number_value INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    is_target BOOLEAN NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);

CREATE TABLE items (
    item_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    section_id VARCHAR,
    ord INTEGER NOT NULL,
    number VARCHAR NOT NULL,
    number_value INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    category VARCHAR,
    lead_note VARCHAR,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);

CREATE TABLE item_leads (
    item_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    department VARCHAR NOT NULL,
    ord INTEGER NOT NULL,
    PRIMARY KEY (item_id, department)
);

CREATE TABLE paragraphs (
    paragraph_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    section_id VARCHAR,
    item_id VARCHAR,
    ord INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    category VARCHAR,
    n_chars INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);

CREATE TABLE metrics (
    metric_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    metric_group VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    measure VARCHAR,
    qualifier VARCHAR NOT NULL,
    scope VARCHAR,
    is_headline BOOLEAN NOT NULL,
    year INTEGER,
    category VARCHAR,
    quote VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    orig_start INTEGER NOT NULL,
    orig_end INTEGER NOT NULL,
    rule VARCHAR NOT NULL
);

-- The headline rows of metrics again, ordered by indicator, so a chart reads one indicator's values instead of
-- every figure (scattered over all 570,000 metrics at 10,000 documents). Filled at the end of each build.
CREATE TABLE headline AS SELECT * FROM metrics LIMIT 0;

CREATE TABLE term_lists (
    doc_id VARCHAR NOT NULL,
    category VARCHAR,                  -- null: the whole document
    terms VARCHAR[] NOT NULL,          -- sorted; one list per document and category keeps the table small
    term_counts INTEGER[] NOT NULL     -- parallel to terms
);

-- Full-text search index: a Bloom filter of each document's characters and character pairs (etl/grams.py). A search
-- reads only the texts whose signature allows its term; uncompressed, so testing a few bits reads only those bytes.
CREATE TABLE text_grams (
    doc_id VARCHAR PRIMARY KEY,
    grams BIT USING COMPRESSION uncompressed NOT NULL  -- 16,384 bits
);

CREATE TABLE keywords (
    doc_id VARCHAR,                    -- null for corpus-wide category keywords
    scope VARCHAR NOT NULL,            -- document / category
    category VARCHAR,
    term VARCHAR NOT NULL,
    term_count INTEGER NOT NULL,
    weight DOUBLE NOT NULL,
    rank INTEGER NOT NULL
);

CREATE TABLE quality_issues (
    doc_id VARCHAR NOT NULL,
    issue VARCHAR NOT NULL,
    issue_zh VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    issue_count INTEGER NOT NULL,
    example VARCHAR,
    description VARCHAR NOT NULL,
    orig_start INTEGER,
    orig_end INTEGER,
    PRIMARY KEY (doc_id, issue)
);

CREATE TABLE metric_dictionary (
    code VARCHAR PRIMARY KEY,
    metric_group VARCHAR NOT NULL,
    group_zh VARCHAR NOT NULL,
    name_zh VARCHAR NOT NULL,
    measure VARCHAR,
    what_it_counts VARCHAR,
    is_main BOOLEAN NOT NULL           -- shown in the headline charts
);

CREATE TABLE categories (
    code VARCHAR PRIMARY KEY,
    name_zh VARCHAR NOT NULL,
    outline_2021 VARCHAR,
    keywords VARCHAR
);

CREATE TABLE build_info (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- Rows of a table shaped like metrics (metrics or headline) with who said them and the names of their codes.
CREATE MACRO metrics_with_context(rows_table) AS TABLE
SELECT m.*, d.unit, d.region, d.city, d.level, d.sector, d.doc_type, d.year AS doc_year,
       d.source_name, md.name_zh, md.group_zh, md.is_main, c.name_zh AS category_zh
FROM query_table(rows_table) m
JOIN documents d USING (doc_id)
LEFT JOIN metric_dictionary md ON md.code = m.code
LEFT JOIN categories c ON c.code = m.category;

-- Metrics with who said them: what every chart reads.
CREATE VIEW v_metrics AS SELECT * FROM metrics_with_context('metrics');

-- One headline value per document, year, kind and indicator: the unscoped figure (清远 行政许可 61, not the 58 inside it).
-- The same rows and columns as v_metrics WHERE is_headline, read from the headline table.
CREATE VIEW v_headline AS SELECT * FROM metrics_with_context('headline');

-- Per unit and metric group: reported (actual), target only, or nothing. A table filled at the end of each
-- build (a view over 10,000 documents took 0.4 s per page view); v_coverage reads it.
CREATE TABLE coverage (
    unit VARCHAR,
    metric_group VARCHAR NOT NULL,
    group_zh VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    n_metrics INTEGER NOT NULL
);

-- Per document and category: numbered items and paragraph characters, what the category shares add up (summing
-- 320,000 paragraphs per page view took 0.04–0.05 s at 10,000 documents). Filled at the end of each build.
CREATE TABLE doc_categories (
    doc_id VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    n_items INTEGER NOT NULL,
    n_chars BIGINT NOT NULL
);

CREATE VIEW v_term_counts AS
SELECT doc_id, category, unnest(terms) AS term, unnest(term_counts) AS term_count FROM term_lists;

CREATE VIEW v_coverage AS SELECT * FROM coverage;

-- Items with their document and leads, for the task lists.
CREATE VIEW v_items AS
SELECT i.*, d.unit, d.region, d.level, d.year, d.doc_type, s.title AS section_title, s.number AS section_number,
       c.name_zh AS category_zh,
       (SELECT string_agg(l.department, '、' ORDER BY l.ord) FROM item_leads l WHERE l.item_id = i.item_id) AS leads
FROM items i
JOIN documents d USING (doc_id)
LEFT JOIN sections s ON s.section_id = i.section_id
LEFT JOIN categories c ON c.code = i.category;
