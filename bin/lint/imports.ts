import path from 'node:path';
import { ZONES, type Zone } from './layers.ts';

export interface ImportViolation {
  file: string;
  target: string;
  why: string;
}

export interface ImportReport {
  violations: ImportViolation[];
  /** Groups of files that import each other in a circle (type-only imports count too). */
  cycles: string[][];
}

const SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
];

/** Project-relative paths that `file` imports (packages are left out). */
export function importsOf(file: string, text: string): string[] {
  const targets = new Set<string>();
  for (const pattern of SPECIFIERS) {
    for (const match of text.matchAll(pattern)) {
      const spec = match[1];
      if (!spec?.startsWith('.')) continue;
      targets.add(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
    }
  }
  return [...targets];
}

/** Checks every file of `sources` (project-relative path → text) against the zones and for circles. */
export function checkImports(
  sources: ReadonlyMap<string, string>,
  zones: readonly Zone[] = ZONES,
): ImportReport {
  const graph = new Map<string, string[]>();
  const violations: ImportViolation[] = [];
  for (const [file, text] of sources) {
    const targets = importsOf(file, text);
    graph.set(
      file,
      targets.filter((t) => sources.has(t)),
    );
    const zone = zoneOf(file, zones);
    if (!zone) continue;
    for (const target of targets) {
      if (!zone.allowed.some((prefix) => target.startsWith(prefix))) {
        violations.push({ file, target, why: zone.why });
      }
    }
  }
  return { violations, cycles: circles(graph) };
}

function zoneOf(file: string, zones: readonly Zone[]): { allowed: string[]; why: string } | undefined {
  for (const zone of zones) {
    const pattern = new RegExp(
      `^${zone.files.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '([^/]+)')}`,
    );
    const match = pattern.exec(file);
    if (!match) continue;
    const captured = match[1] ?? '';
    return { allowed: zone.mayImport.map((p) => p.replace('$1', captured)), why: zone.why };
  }
  return undefined;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}
