// The full-text indexes take their updates after the commit, in batches, instead of inside every commit
// (`npm run bench -- jvm-ab`, the loader at steady state: 0.88x the Bolt workers' CPU, 0.82x the JVM's).
// GraphDb waits for them after each write (awaitEventuallyConsistentIndexRefresh), so a search still sees what
// a finished write wrote. Same names, analyzer and properties as 002; rebuilt once.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Place|Event|Topic) ON EACH [n.name, n.aliases, n.variants, n.pinyin, n.pinyinInitials, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
DROP INDEX article_text IF EXISTS;
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (n:Article) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
