import schema from './annotation.schema.json' with { type: 'json' };

const article = schema.properties.article.properties;
const entity = schema.properties.entities.items.properties;
const relation = schema.properties.relations.items.properties;

/**
 * The format's size limits, as annotation.schema.json writes them (the one place they are set): what a parser or
 * the extractor cuts to, so that a long page gives a valid annotation with a warning instead of being refused.
 */
export const LIMITS = {
  text: article.text.maxLength,
  reporters: article.reporters.maxItems,
  images: article.images.maxItems,
  links: article.links.maxItems,
  warnings: article.warnings.maxItems,
  entities: schema.properties.entities.maxItems,
  aliases: entity.aliases.maxItems,
  mentions: entity.mentions.maxItems,
  relations: schema.properties.relations.maxItems,
  evidence: relation.evidence.properties.text.maxLength,
} as const;
