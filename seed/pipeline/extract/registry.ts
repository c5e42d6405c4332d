import type { EntityType, RelationType } from '../../../contract/model.ts';
import type { RuleId } from './rules/index.ts';

/** An entity as the rules build it up: canonical id and name, the surfaces it is written as, and why it exists. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  kind: string | undefined;
  /** Canonical name (simplified script). */
  name: string;
  /** Strings in the analysis text that are mentions of this entity (name as written, short forms used). */
  surfaces: Set<string>;
  /** Extra aliases that need not occur in the text (English names). */
  aliases: Set<string>;
  properties: Record<string, unknown>;
  /** Offset of the span that introduced the entity. */
  firstAt: number;
  /** The rule that introduced it (for --explain). */
  rule: RuleId;
}

export interface RelationRecord {
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  /** An offset inside the sentence that states the relation. */
  at: number;
  rule: RuleId;
}

export interface NewEntity {
  id: string;
  type: EntityType;
  kind?: string | undefined;
  name: string;
  surface: string;
  at: number;
  rule: RuleId;
  properties?: Record<string, unknown>;
}

/** Entities by id and relations by key; the first sighting of each wins, later ones add surfaces. */
export class Registry {
  readonly entities = new Map<string, EntityRecord>();
  private readonly relations = new Map<string, RelationRecord>();

  add(entity: NewEntity): EntityRecord {
    const existing = this.entities.get(entity.id);
    if (existing) {
      if (entity.surface) existing.surfaces.add(entity.surface);
      if (entity.at < existing.firstAt) existing.firstAt = entity.at;
      return existing;
    }
    const record: EntityRecord = {
      id: entity.id,
      type: entity.type,
      kind: entity.kind,
      name: entity.name,
      surfaces: new Set(entity.surface ? [entity.surface] : []),
      aliases: new Set(),
      properties: { ...(entity.properties ?? {}) },
      firstAt: entity.at,
      rule: entity.rule,
    };
    this.entities.set(entity.id, record);
    return record;
  }

  get(id: string): EntityRecord | undefined {
    return this.entities.get(id);
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  ofType(type: EntityType): EntityRecord[] {
    return [...this.entities.values()].filter((e) => e.type === type);
  }

  relate(relation: RelationRecord): void {
    if (relation.from === relation.to) return;
    const key = relationKey(relation);
    const existing = this.relations.get(key);
    if (!existing || relation.at < existing.at) this.relations.set(key, relation);
  }

  allRelations(): RelationRecord[] {
    return [...this.relations.values()];
  }

  /** Gives entities other ids and names (by their old id), their relations following them. */
  rename(renamed: ReadonlyMap<string, { id: string; name: string }>): void {
    if (renamed.size === 0) return;
    const entities = [...this.entities.values()];
    this.entities.clear();
    for (const e of entities) {
      Object.assign(e, renamed.get(e.id));
      const known = this.entities.get(e.id);
      if (known) for (const surface of e.surfaces) known.surfaces.add(surface);
      else this.entities.set(e.id, e);
    }
    const relations = [...this.relations.values()];
    this.relations.clear();
    const idOf = (id: string) => renamed.get(id)?.id ?? id;
    for (const r of relations) this.relate({ ...r, from: idOf(r.from), to: idOf(r.to) });
  }

  removeEntity(id: string): void {
    this.entities.delete(id);
    for (const [key, r] of this.relations) if (r.from === id || r.to === id) this.relations.delete(key);
  }
}

/** type|from|to plus the title or role: the identity the Scoring section of the guide matches on. */
export function relationKey(r: {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
}): string {
  const p = r.properties ?? {};
  const extra =
    r.type === 'HOLDS_POSITION'
      ? String(p.title ?? '')
      : r.type === 'PARTICIPATED_IN'
        ? String(p.role ?? '')
        : '';
  return `${r.type}|${r.from}|${r.to}|${extra}`;
}
