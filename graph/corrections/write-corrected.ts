import { entityTypeOfId } from '../../contract/annotation/ids.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import type { Correction, CorrectionChange } from '../../contract/api/corrections.ts';
import {
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  KINDS,
  kindLabel,
  neighbourCountProperty,
  RELATION_TYPES,
} from '../../contract/model.ts';
import type { Transaction } from '../db/connection.ts';
import { prepareBatch } from '../loader/prepare.ts';
import { type BatchCounts, type WriteBatchOptions, writeBatch } from '../loader/write-batch.ts';

const FACTS = RELATION_TYPES.join('|');
const KIND_LABELS = [...new Set(Object.values(KINDS).flat())].map((k) => kindLabel(k) as string);

/**
 * Writes corrected annotations the way the loader writes any annotation, plus the two things the loader
 * never does on its own because extraction never asks for them: an entity that changes type (its labels
 * move and its neighbours' per-type counters with them, before the load so the loader counts the new
 * type) and a name that is shorter than the one the graph has (the loader keeps the longest).
 */
export async function writeCorrected(
  tx: Transaction,
  annotations: Annotation[],
  corrections: Correction[],
  how: WriteBatchOptions = {},
): Promise<BatchCounts> {
  await retypeEntities(tx, wantedTypes(annotations, corrections));
  const batch = prepareBatch(annotations);
  const counts = await writeBatch(tx, batch, how);
  const named = namedEntities(corrections);
  const names = batch.entities
    .filter((e) => named.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases }));
  if (names.length) await tx.run(SET_NAMES, { rows: names });
  return counts;
}

const SET_NAMES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.name = row.name,
    n.aliases = [a IN coalesce(n.aliases, []) WHERE a <> row.name]`;

/** Entities whose name a correction sets (or set, before it was undone). */
function namedEntities(corrections: Correction[]): Set<string> {
  const ids = new Set<string>();
  for (const { change } of corrections) {
    if (change.op === 'rename') ids.add(change.entity.id);
    if (change.op === 'split') ids.add(change.created.id);
    if (change.op === 'merge') ids.add(change.into.id);
  }
  return ids;
}

interface WantedType {
  id: string;
  type: EntityType;
  kind: string | null | undefined;
}

function typeChange(change: CorrectionChange): { id: string; type: EntityType; kind: string | null } | null {
  if (change.op === 'retype') return { id: change.entity.id, type: change.type, kind: change.kind };
  if (change.op === 'merge') return { id: change.into.id, type: change.type, kind: change.kind };
  return null;
}

/**
 * The type each entity that a correction retypes (or retyped, before an undo) should have: the last
 * active correction's, else its extraction's (the id says it; the kind comes from the annotations).
 */
function wantedTypes(annotations: Annotation[], corrections: Correction[]): WantedType[] {
  const wanted = new Map<string, WantedType>();
  for (const c of [...corrections].sort((a, b) => a.seq - b.seq)) {
    const change = typeChange(c.change);
    if (!change) continue;
    const fallback = entityTypeOfId(change.id);
    if (!wanted.has(change.id) && fallback)
      wanted.set(change.id, { id: change.id, type: fallback, kind: undefined });
    if (c.undoneBy === null) wanted.set(change.id, change);
  }
  for (const annotation of annotations) {
    for (const entity of annotation.entities) {
      const w = wanted.get(entity.id);
      if (w && w.kind === undefined && w.type === entity.type) w.kind = entity.kind ?? null;
    }
  }
  return [...wanted.values()];
}

const CURRENT_TYPES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l IN $types][0] AS type, n.kind AS kind`;

async function retypeEntities(tx: Transaction, wanted: WantedType[]): Promise<void> {
  if (wanted.length === 0) return;
  const current = await tx.run<{ id: string; type: string | null; kind: string | null }>(CURRENT_TYPES, {
    ids: wanted.map((w) => w.id),
    types: [...ENTITY_TYPES],
  });
  const byId = new Map(wanted.map((w) => [w.id, w]));
  for (const record of current.records) {
    const w = byId.get(record.get('id'));
    const type = record.get('type');
    if (!w || !type || !isEntityType(type)) continue;
    const kind = w.kind === undefined ? record.get('kind') : w.kind;
    if (type === w.type && kind === record.get('kind')) continue;
    const label = kind ? kindLabel(kind) : undefined;
    await tx.run(retypeStatement(type, w.type), {
      id: w.id,
      kind,
      kindLabels: label ? [label] : [],
      allKindLabels: KIND_LABELS,
    });
  }
}

/**
 * Moves an entity from one type to another: its neighbours stop counting it under the old type and count
 * it under the new one (the counters `LINK_NEIGHBOURS` keeps), its kind label follows its kind.
 */
function retypeStatement(from: EntityType, to: EntityType): string {
  if (!isEntityType(from) || !isEntityType(to)) throw new Error(`not entity types: ${from}, ${to}`);
  const counters =
    from === to
      ? ''
      : `CALL (n) {
  MATCH (n)-[:${FACTS}]-(m:Entity) WHERE m <> n
  WITH DISTINCT m
  SET m.${neighbourCountProperty(from)} = coalesce(m.${neighbourCountProperty(from)}, 0) - 1,
      m.${neighbourCountProperty(to)} = coalesce(m.${neighbourCountProperty(to)}, 0) + 1
}
REMOVE n:${from}
SET n:${to}
WITH n
`;
  return `
MATCH (n:Entity {id: $id})
${counters}REMOVE n:$($allKindLabels)
SET n:$($kindLabels), n.kind = $kind`;
}
