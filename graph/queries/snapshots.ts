import { createHash } from 'node:crypto';
import type { Snapshot, SnapshotInput } from '../../contract/api/payloads.ts';
import type { GraphDb } from '../db/connection.ts';

/** The same view saved twice gets the same id (a hash of its content). */
export function snapshotId(input: SnapshotInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url').slice(0, 12);
}

const SAVE = `
MERGE (s:Snapshot {id: $id})
ON CREATE SET s.createdAt = datetime.transaction(), s.payload = $payload
RETURN toString(s.createdAt) AS createdAt`;

const LOAD = `MATCH (s:Snapshot {id: $id}) RETURN s.payload AS payload, toString(s.createdAt) AS createdAt`;

export async function saveSnapshot(db: GraphDb, input: SnapshotInput): Promise<string> {
  const id = snapshotId(input);
  await db.write(SAVE, { id, payload: JSON.stringify(input) });
  return id;
}

export async function loadSnapshot(db: GraphDb, id: string): Promise<Snapshot | undefined> {
  const record = (await db.read<{ payload: string; createdAt: string }>(LOAD, { id })).records[0];
  if (!record) return undefined;
  return { ...(JSON.parse(record.get('payload')) as SnapshotInput), id, createdAt: record.get('createdAt') };
}
