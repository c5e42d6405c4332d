import { entityId } from '../../contract/annotation/ids.ts';
import type {
  Correction,
  CorrectionChange,
  CorrectionConflict,
  CorrectionInput,
  EntitySnapshot,
  TextSpan,
} from '../../contract/api/corrections.ts';
import { ENTITY_TYPES, isEntityType, QUALIFIER } from '../../contract/model.ts';
import type { Transaction } from '../db/connection.ts';
import { addedRelationId } from './apply-to-annotations.ts';

/** A correction that cannot be made: 400 (the request is wrong) or 409 (the graph moved under it). */
export class CorrectionError extends Error {
  constructor(
    readonly status: 400 | 409,
    readonly parameter: string,
    message: string,
    /** For a 409: what the graph holds now. */
    readonly current?: CorrectionConflict['current'],
  ) {
    super(message);
  }
}

const bad = (parameter: string, message: string) => new CorrectionError(400, parameter, message);

const ENTITY = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l IN $types][0] AS type, n.kind AS kind, n.name AS name`;

const REDIRECT = `
MATCH (r:Redirect {id: $id})
OPTIONAL MATCH (c:Correction {id: r.correction})
RETURN r.to AS to, c.id AS correction, c.by AS by, c.at AS at`;

/** Looks an entity up; a merged-away id is a 409 that says where it went, an unknown id a 400. */
async function entity(tx: Transaction, id: string, parameter: string): Promise<EntitySnapshot> {
  const record = (await tx.run(ENTITY, { id, types: [...ENTITY_TYPES] })).records[0];
  if (record) {
    const type = record.get('type') as string;
    return {
      id,
      type: isEntityType(type) ? type : 'Topic',
      kind: (record.get('kind') as string | null) ?? null,
      name: record.get('name') as string,
    };
  }
  const moved = (await tx.run(REDIRECT, { id })).records[0];
  if (moved) {
    const to = moved.get('to') as string;
    throw new CorrectionError(
      409,
      parameter,
      `${parameter}: entity "${id}" was merged into "${to}" by correction ${moved.get('correction')} (${moved.get('by')}, ${moved.get('at')})`,
      { entity: id, mergedInto: to, correctionId: moved.get('correction') as string },
    );
  }
  throw bad(parameter, `${parameter}: entity "${id}" does not exist`);
}

const ARTICLE = `MATCH (a:Article {id: $id}) WHERE a.stub = false RETURN a.text AS text`;

async function articleText(tx: Transaction, id: string, parameter = 'article'): Promise<string> {
  const record = (await tx.run(ARTICLE, { id })).records[0];
  if (!record) throw bad(parameter, `${parameter}: article "${id}" does not exist`);
  return record.get('text') as string;
}

const MENTION = `
MATCH (:Article {id: $article})-[m:MENTIONS]->(:Entity {id: $entity})
RETURN m.starts AS starts, m.ends AS ends`;

async function mentionSpans(
  tx: Transaction,
  article: string,
  id: string,
  parameter: string,
): Promise<TextSpan[]> {
  const record = (await tx.run(MENTION, { article, entity: id })).records[0];
  if (!record) throw bad(parameter, `${parameter}: article "${article}" does not mention "${id}"`);
  const starts = (record.get('starts') as number[] | null) ?? [];
  const ends = (record.get('ends') as number[] | null) ?? [];
  return starts.map((start, i) => ({ start, end: ends[i] ?? start }));
}

function checkSpan(span: TextSpan, text: string, parameter: string): string {
  if (
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 0 ||
    span.end <= span.start
  ) {
    throw bad(parameter, `${parameter}: a span needs 0 <= start < end`);
  }
  if (span.end > text.length) {
    throw bad(
      parameter,
      `${parameter}: end ${span.end} is past the article's text (${text.length} characters)`,
    );
  }
  const selected = text.slice(span.start, span.end);
  if (!selected.trim()) throw bad(parameter, `${parameter}: the span holds only white space`);
  return selected;
}

const FACT = `
MATCH (f:Fact {id: $id})
MATCH (a:Entity {id: f.fromId})-[r]->(b:Entity {id: f.toId})
WHERE r.id = f.id
RETURN f.type AS type, a.id AS from, b.id AS to, r[$qualifier] AS qualifier`;

async function fact(tx: Transaction, id: string) {
  const found = (await tx.run(`MATCH (f:Fact {id: $id}) RETURN f.type AS type`, { id })).records[0];
  if (!found) throw bad('relation', `relation: relationship "${id}" does not exist`);
  const type = found.get('type') as keyof typeof QUALIFIER;
  const record = (await tx.run(FACT, { id, qualifier: QUALIFIER[type] ?? 'id' })).records[0];
  if (!record) throw bad('relation', `relation: relationship "${id}" does not exist`);
  return {
    type: record.get('type') as Extract<CorrectionChange, { op: 'removeRelation' }>['type'],
    from: record.get('from') as string,
    to: record.get('to') as string,
    qualifier: QUALIFIER[type] ? ((record.get('qualifier') as string | null) ?? null) : null,
  };
}

function nonBlank(value: string, parameter: string, max = 200): string {
  const trimmed = value.normalize('NFKC').trim();
  if (!trimmed) throw bad(parameter, `${parameter}: must not be empty`);
  if (trimmed.length > max) throw bad(parameter, `${parameter}: at most ${max} characters`);
  return trimmed;
}

function checkKind(kind: string | null | undefined, parameter = 'kind'): string | null {
  if (kind === undefined || kind === null || kind === '') return null;
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(kind)) throw bad(parameter, `${parameter}: must be a kind name`);
  return kind;
}

const CREATED_ID_TAKEN = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (r:Redirect {id: id})
RETURN id, n IS NOT NULL OR r IS NOT NULL AS taken`;

/** A new entity's id: from its name, with `~2`, `~3`… when that id is taken (two people with one name). */
async function freeId(tx: Transaction, base: string, corrections: Correction[]): Promise<string> {
  const used = new Set(
    corrections.flatMap((c) => (c.change.op === 'split' ? [c.change.created.id, c.change.entity.id] : [])),
  );
  const candidates = [base, ...Array.from({ length: 50 }, (_, i) => `${base}~${i + 2}`)];
  const result = await tx.run<{ id: string; taken: boolean }>(CREATED_ID_TAKEN, { ids: candidates });
  const taken = new Set(result.records.filter((r) => r.get('taken')).map((r) => r.get('id')));
  const free = candidates.find((id) => !taken.has(id) && !used.has(id));
  if (!free) throw bad('name', `name: no free id near "${base}"`);
  return free;
}

/**
 * Checks a correction against the graph as it is now (inside the correction's transaction, after the
 * lock) and writes down everything it needs to apply again later.
 */
export async function resolveCorrection(
  tx: Transaction,
  input: CorrectionInput,
  corrections: Correction[],
): Promise<CorrectionChange> {
  switch (input.op) {
    case 'merge': {
      if (input.entity === input.into) {
        throw bad('into', `into: cannot merge "${input.entity}" into itself`);
      }
      const goner = await entity(tx, input.entity, 'entity');
      const survivor = await entity(tx, input.into, 'into');
      if (input.type === undefined && goner.type !== survivor.type) {
        throw bad(
          'type',
          `type: "${goner.id}" is a ${goner.type} and "${survivor.id}" a ${survivor.type}; say which type the merged entity has (type)`,
        );
      }
      const type = input.type ?? survivor.type;
      const kind =
        input.kind !== undefined ? checkKind(input.kind) : type === survivor.type ? survivor.kind : null;
      return { op: 'merge', entity: goner, into: survivor, type, kind };
    }
    case 'split': {
      const old = await entity(tx, input.entity, 'entity');
      const name = nonBlank(input.name, 'name');
      if (input.relations.length === 0 && input.articles.length === 0) {
        throw bad('relations', 'relations: name the relationships or articles that move to the new entity');
      }
      const own = await tx.run<{ id: string }>(
        `MATCH (:Entity {id: $id})-[r]-(:Entity) WHERE r.id IN $ids RETURN DISTINCT r.id AS id`,
        { id: old.id, ids: input.relations },
      );
      const found = new Set(own.records.map((r) => r.get('id')));
      const stranger = input.relations.find((r) => !found.has(r));
      if (stranger) throw bad('relations', `relations: "${stranger}" is not a relationship of "${old.id}"`);
      for (const article of input.articles) await mentionSpans(tx, article, old.id, 'articles');
      const created: EntitySnapshot = {
        id: await freeId(tx, entityId(old.type, name), corrections),
        type: old.type,
        kind: old.kind,
        name,
      };
      return { op: 'split', entity: old, created, relations: input.relations, articles: input.articles };
    }
    case 'rename': {
      const target = await entity(tx, input.entity, 'entity');
      const name = nonBlank(input.name, 'name');
      if (name === target.name) throw bad('name', `name: "${target.id}" is already called "${name}"`);
      return { op: 'rename', entity: target, name };
    }
    case 'retype': {
      const target = await entity(tx, input.entity, 'entity');
      const kind = checkKind(input.kind);
      if (target.type === input.type && target.kind === kind) {
        throw bad('type', `type: "${target.id}" already is a ${input.type}${kind ? ` (${kind})` : ''}`);
      }
      return { op: 'retype', entity: target, type: input.type, kind };
    }
    case 'reject':
    case 'accept': {
      const target = await entity(tx, input.entity, 'entity');
      const article = input.article ?? null;
      if (article !== null) {
        await articleText(tx, article);
        await mentionSpans(tx, article, target.id, 'entity');
      }
      return input.op === 'reject'
        ? { op: 'reject', entity: target, article }
        : { op: 'accept', entity: target, article: input.article };
    }
    case 'respan': {
      const target = await entity(tx, input.entity, 'entity');
      const text = await articleText(tx, input.article);
      const spans = await mentionSpans(tx, input.article, target.id, 'entity');
      if (!spans.some((s) => s.start === input.from.start && s.end === input.from.end)) {
        throw bad('from', `from: "${target.id}" has no mention at ${input.from.start}-${input.from.end}`);
      }
      const selected = checkSpan(input.to, text, 'to');
      return {
        op: 'respan',
        entity: target,
        article: input.article,
        from: input.from,
        to: input.to,
        text: selected,
      };
    }
    case 'addEntity': {
      const text = await articleText(tx, input.article);
      const selected = checkSpan(input, text, 'start');
      const name = input.name ? nonBlank(input.name, 'name') : selected.trim();
      const id = entityId(input.type, name);
      const existing = (await tx.run(ENTITY, { id, types: [...ENTITY_TYPES] })).records[0];
      const existingType = existing?.get('type') as string | undefined;
      if (existingType && existingType !== input.type) {
        throw bad('type', `type: "${id}" exists as a ${existingType}`);
      }
      const snapshot: EntitySnapshot = {
        id,
        type: input.type,
        kind: checkKind(input.kind),
        name: (existing?.get('name') as string | undefined) ?? name,
      };
      return {
        op: 'addEntity',
        article: input.article,
        entity: snapshot,
        start: input.start,
        end: input.end,
        text: selected,
      };
    }
    case 'addRelation': {
      if (input.from === input.to) throw bad('to', 'to: a relationship needs two different entities');
      const text = await articleText(tx, input.article);
      const from = await entity(tx, input.from, 'from');
      const to = await entity(tx, input.to, 'to');
      await mentionSpans(tx, input.article, from.id, 'from');
      await mentionSpans(tx, input.article, to.id, 'to');
      const evidence = checkSpan(input.evidence, text, 'evidence');
      const qualifier = input.qualifier ? nonBlank(input.qualifier, 'qualifier', 100) : null;
      if (qualifier && !QUALIFIER[input.type]) {
        throw bad('qualifier', `qualifier: ${input.type} has no title or role`);
      }
      return {
        op: 'addRelation',
        article: input.article,
        relation: addedRelationId(input.type, from.id, to.id, qualifier),
        type: input.type,
        from,
        to,
        qualifier,
        evidence: { ...input.evidence, text: evidence },
      };
    }
    case 'removeRelation': {
      const found = await fact(tx, input.relation);
      const article = input.article ?? null;
      if (article !== null) {
        await articleText(tx, article);
        const supports = await tx.run(
          `MATCH (:Article {id: $article})-[:SUPPORTS]->(:Fact {id: $id}) RETURN 1 AS one`,
          { article, id: input.relation },
        );
        if (supports.records.length === 0) {
          throw bad('article', `article: "${article}" does not state relationship "${input.relation}"`);
        }
      }
      return {
        op: 'removeRelation',
        relation: input.relation,
        article,
        type: found.type,
        from: await entity(tx, found.from, 'relation'),
        to: await entity(tx, found.to, 'relation'),
        qualifier: found.qualifier,
      };
    }
    case 'review': {
      await articleText(tx, input.article);
      const done = corrections.find(
        (c) => c.undoneBy === null && c.change.op === 'review' && c.change.article === input.article,
      );
      if (done) {
        throw new CorrectionError(
          409,
          'article',
          `article: "${input.article}" was reviewed by ${done.by} at ${done.at}`,
          {
            correction: done,
          },
        );
      }
      return { op: 'review', article: input.article };
    }
    case 'undo': {
      const target = corrections.find((c) => c.id === input.correction);
      if (!target) throw bad('correction', `correction: "${input.correction}" does not exist`);
      if (target.change.op === 'undo')
        throw bad('correction', 'correction: an undo cannot be undone; make the correction again');
      if (target.undoneBy !== null) {
        throw new CorrectionError(
          409,
          'correction',
          `correction: "${target.id}" was already undone by ${target.undoneBy}`,
          {
            correction: target,
          },
        );
      }
      return { op: 'undo', correction: target.id, undoes: target.change.op };
    }
  }
}
