import schema from './annotation.schema.json' with { type: 'json' };

const article = schema.properties.article.properties;
const image = article.images.items.properties;
const link = article.links.items.properties;
const entity = schema.properties.entities.items.properties;
const relation = schema.properties.relations.items.properties;

/**
 * The format's size limits, as annotation.schema.json writes them (the one place they are set): what a parser or
 * the extractor cuts to, so that a long page gives a valid annotation with a warning instead of being refused.
 */
export const LIMITS = {
  title: article.title.maxLength,
  source: article.source.maxLength,
  url: article.url.maxLength,
  text: article.text.maxLength,
  reporters: article.reporters.maxItems,
  reporter: article.reporters.items.maxLength,
  images: article.images.maxItems,
  imageFile: image.file.maxLength,
  caption: image.caption.maxLength,
  credit: image.credit.maxLength,
  links: article.links.maxItems,
  linkTitle: link.title.maxLength,
  linkUrl: link.url.maxLength,
  warnings: article.warnings.maxItems,
  warning: article.warnings.items.maxLength,
  entities: schema.properties.entities.maxItems,
  aliases: entity.aliases.maxItems,
  mentions: entity.mentions.maxItems,
  relations: schema.properties.relations.maxItems,
  evidence: relation.evidence.properties.text.maxLength,
} as const;

/** The characters a pattern `^[^…]*$` of the schema refuses, as a global regex that finds them. */
function refusedBy(pattern: string): RegExp {
  const inner = /^\^\[\^(.+)\]\*\$$/u.exec(pattern)?.[1];
  if (!inner) throw new Error(`annotation.schema.json: unexpected pattern ${pattern}`);
  return new RegExp(`[${inner}]`, 'gu');
}

/**
 * What the schema refuses inside a one-line field (controls, bidirectional formatting) and inside text and
 * captions (the same, but tabs and line breaks allowed): a page that carries them has them removed.
 */
export const REFUSED_CHARACTERS = {
  line: refusedBy(article.title.pattern),
  text: refusedBy(article.text.pattern),
} as const;
