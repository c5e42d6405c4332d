// Articles by the page they were read from: an article loaded with another's fingerprint (the same page read by
// an older parser into another title or date, so another id) replaces it (loader REPLACED_ARTICLES). Articles
// loaded before this index have none and are found again only by their id.
CREATE INDEX article_fingerprint IF NOT EXISTS FOR (a:Article) ON (a.fingerprint);
