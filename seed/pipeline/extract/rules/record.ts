/**
 * A rule as a record: what it matches, sentences it must fire on (with what it must produce there) and sentences it
 * must not fire on. `tests/unit/seed/pipeline/extract/rules.test.ts` runs every example through the extractor.
 */

/** An invented sentence, with the article's outlet and byline names for rules that read them. */
export interface Example {
  text: string;
  /** The article's title (rule tests give every page `测试` otherwise). */
  title?: string;
  source?: string;
  reporters?: readonly string[];
}

/**
 * A sentence and what the rule produces from it: `yields` is matched against the rule's rows of the explain output,
 * an entity's name (`李明`) or a relation's `from → to` names (`李明 → 普陀区委`).
 */
export interface FiresExample extends Example {
  yields: string;
}

export interface RuleRecord {
  id: string;
  family: string;
  /** One line: what the rule matches. */
  matches: string;
  fires: readonly FiresExample[];
  /** Near misses the rule must produce nothing from (a plain string is an example without outlet or byline). */
  mustNot: readonly (string | Example)[];
}
