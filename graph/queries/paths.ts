import { Neo4jError, type Node, type Path } from 'neo4j-driver';
import type {
  EvidenceItem,
  FoundPath,
  GraphEdge,
  GraphNode,
  PathStep,
  PathsResult,
} from '../../contract/api/payloads.ts';
import { MAX_PATH_LENGTH } from '../../contract/api/schemas/paths.ts';
import { NEIGHBOUR_TOTAL_PROPERTY, RELATION_TYPES } from '../../contract/model.ts';
import type { GraphDb } from '../db/connection.ts';
import { DeadlineError } from '../db/unavailable.ts';
import { evidenceOfFacts } from './evidence.ts';
import { toGraphEdge, toGraphNode } from './mappers.ts';

export interface PathsParams {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  /** Also walk Article-[:MENTIONS]->entity ("mentioned in the same article"). */
  viaArticles: boolean;
}

const TIMEOUT_MS = 5_000;
/** The newest sentences shown per step; the edge's weight says how many articles there are in all. */
const EVIDENCE_PER_STEP = 3;

const ENDS = `
MATCH (n:Entity) WHERE n.id IN [$from, $to]
RETURN n`;

/**
 * An entity with more distinct neighbours than this (a district, a city government) links almost
 * anything to anything: a path through it says little, and a search through it reads all its
 * relationships at every step. Paths go around hubs; only when no path does, through them.
 */
export const HUB_NEIGHBOURS = 500;

/**
 * Paths never go through an entity with more distinct neighbours than this (a district of a city of
 * millions, a province): a breadth-first search through one reads hundreds of thousands of relationships
 * and runs past its transaction timeout (20 s against a 5 s timeout at 1M entities, through one with 154k relationships).
 */
export const MAX_THROUGH_NEIGHBOURS = 5_000;

/**
 * Distinct neighbours from the loader's total (0 for an article): one property read per visited node
 * (adding up the five per-type counters was 3.5× the db hits of the whole search at a million entities).
 */
const NEIGHBOURS = (n: string) => `coalesce(${n}.${NEIGHBOUR_TOTAL_PROPERTY}, 0)`;

/**
 * SHORTEST k over a quantified path pattern: a breadth-first search bounded by length, with no
 * exhaustive fallback, and by the transaction timeout. The search never steps onto an entity with more
 * than `$hub` distinct neighbours other than the goal, so it is also bounded by expansions: HUB_NEIGHBOURS
 * first, MAX_THROUGH_NEIGHBOURS when that finds nothing. Paths that revisit a node are dropped; paths that differ only by a parallel
 * relationship (speaker and launcher of one event) count once.
 */
function pathQuery(params: PathsParams): string {
  const types = [...RELATION_TYPES, ...(params.viaArticles ? ['MENTIONS'] : [])].join('|');
  const length = Math.min(Math.max(1, Math.trunc(params.maxLength)), MAX_PATH_LENGTH);
  const candidates = Math.min(params.limit * 4, 100);
  const step = `(()-[:${types}]-(m WHERE m = b OR ${NEIGHBOURS('m')} <= $hub)){1,${length}}`;
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${candidates} (a)${step}(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN p
ORDER BY length(p)`;
}

async function searchPaths(db: GraphDb, params: PathsParams, hub: number): Promise<Path[]> {
  const result = await db.read(pathQuery(params), { from: params.from, to: params.to, hub }, TIMEOUT_MS);
  return result.records.map((r) => r.get('p') as Path);
}

export async function findPaths(db: GraphDb, params: PathsParams): Promise<PathsResult | undefined> {
  const ends = await db.read(ENDS, { from: params.from, to: params.to });
  const byId = new Map(
    ends.records.map((r) => {
      const node = toGraphNode(r.get('n') as Node);
      return [node.id, node];
    }),
  );
  const from = byId.get(params.from);
  const to = byId.get(params.to);
  if (!from || !to) return undefined;
  if (from.id === to.id) return { from, to, paths: [], bounded: false };
  let raw: Path[];
  try {
    raw = await searchPaths(db, params, HUB_NEIGHBOURS);
    if (raw.length === 0) raw = await searchPaths(db, params, MAX_THROUGH_NEIGHBOURS);
  } catch (error) {
    if (isTimeout(error)) return { from, to, paths: [], bounded: true };
    throw error;
  }
  const distinct = distinctByNodes(raw).slice(0, params.limit);
  const evidence = await evidenceOfFacts(
    db,
    distinct.flatMap((p) => p.segments.map((s) => String(s.relationship.properties.id))),
    EVIDENCE_PER_STEP,
  );
  return { from, to, paths: distinct.map((p) => toFoundPath(p, evidence)), bounded: false };
}

function distinctByNodes(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = [p.start, ...p.segments.map((s) => s.end)].map((n) => n.elementId).join('>');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toFoundPath(path: Path, evidence: Map<string, EvidenceItem[]>): FoundPath {
  const nodes = new Map<string, GraphNode>();
  const id = (n: Node) => String(n.properties.id);
  nodes.set(id(path.start), toGraphNode(path.start));
  const edges: GraphEdge[] = [];
  const steps: PathStep[] = path.segments.map((segment) => {
    nodes.set(id(segment.end), toGraphNode(segment.end));
    const rel = segment.relationship;
    const forward = rel.startNodeElementId === segment.start.elementId;
    const source = forward ? id(segment.start) : id(segment.end);
    const target = forward ? id(segment.end) : id(segment.start);
    const edge = toGraphEdge(rel, source, target);
    edges.push(edge);
    return { edge, from: id(segment.start), to: id(segment.end), evidence: evidence.get(edge.id) ?? [] };
  });
  return {
    length: path.length,
    nodeIds: [id(path.start), ...path.segments.map((s) => id(s.end))],
    graph: { nodes: [...nodes.values()], edges, truncated: false },
    steps,
  };
}

/** The search ran out of time: ended by the server, or still running at the client's deadline while the server answers. */
function isTimeout(error: unknown): boolean {
  if (error instanceof DeadlineError) return error.databaseAnswers === true;
  return (
    error instanceof Neo4jError &&
    /Terminated|TransactionTimedOut|timed ?out/i.test(`${error.code} ${error.message}`)
  );
}
