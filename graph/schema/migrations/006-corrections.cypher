// Reviewers' corrections, kept apart from what the extractor produced (graph/corrections/).
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_seq IF NOT EXISTS FOR (n:Correction) ON (n.seq);
CREATE INDEX correction_article IF NOT EXISTS FOR (n:Correction) ON (n.article);
// The one node every correction and every corrected load locks first, so they apply one after another.
CREATE CONSTRAINT correction_log_id IF NOT EXISTS FOR (n:CorrectionLog) REQUIRE n.id IS UNIQUE;
// Where an id merged away now leads.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
// What the extractor said about each article (without its text, which the article keeps), so a
// correction made later can load the article again with every correction applied.
CREATE CONSTRAINT extraction_article IF NOT EXISTS FOR (n:Extraction) REQUIRE n.article IS UNIQUE;
