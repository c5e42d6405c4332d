// Names, aliases and pinyin in one full-text index; cjk indexes Chinese as character bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Place|Event|Topic) ON EACH [n.name, n.aliases, n.variants, n.pinyin, n.pinyinInitials, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (n:Article) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE RANGE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
// Stub articles (known from another page's links) are matched to the real article by title when it arrives.
CREATE RANGE INDEX article_title_key IF NOT EXISTS FOR (n:Article) ON (n.titleKey);
