/**
 * The house plan as data: which folder may import which. Paths are relative to the project root.
 * Ground floor `contract/`; the parts `seed/` (pipeline), `graph/` (database and API) and `src/` (web
 * app) import the ground and never each other; `bin/` (entry points) wires the parts. Inside the web
 * app, a feature imports `lib/`, `components/` and its own files, never another feature.
 */
export interface Zone {
  /** Files of the zone; `*` is one path segment, captured for `$1` in `mayImport`. */
  files: string;
  /** Prefixes (with `$1` from `files`) of what the zone's files may import. */
  mayImport: readonly string[];
  why: string;
}

/** First matching zone wins, so the narrower zones come first. */
export const ZONES: readonly Zone[] = [
  { files: 'contract/', mayImport: ['contract/'], why: 'the ground floor imports nothing above it' },
  {
    files: 'seed/',
    mayImport: ['contract/', 'seed/'],
    why: 'the pipeline never reaches the graph or the web app',
  },
  {
    files: 'graph/',
    mayImport: ['contract/', 'graph/'],
    why: 'the graph service receives the pipeline from bin/',
  },
  {
    files: 'src/features/*/',
    mayImport: [
      'src/features/$1/',
      'src/lib/',
      'src/components/',
      'src/types/',
      'src/styles/',
      ...browserContract(),
    ],
    why: 'a feature uses lib/ and components/; shared pieces move down, never sideways to another feature',
  },
  {
    files: 'src/components/',
    mayImport: ['src/components/', 'src/lib/', 'src/types/', 'src/styles/', ...browserContract()],
    why: 'components are building blocks below the features',
  },
  {
    files: 'src/lib/',
    mayImport: ['src/lib/', 'src/types/', ...browserContract()],
    why: 'lib/ is the bottom of the web app',
  },
  {
    files: 'src/embed/',
    mayImport: ['src/embed/', 'src/lib/', 'src/types/', ...browserContract()],
    why: 'the embed is a small page of its own without React features',
  },
  {
    files: 'src/',
    mayImport: ['src/', ...browserContract()],
    why: 'the web app reaches the server only over HTTP',
  },
  { files: 'bin/', mayImport: ['bin/', 'contract/', 'seed/', 'graph/'], why: 'entry points wire the parts' },
];

/** What of the ground floor runs in a browser (no Node built-ins). */
function browserContract(): string[] {
  return ['contract/api/', 'contract/model.ts'];
}

/** Folders whose files are checked; tests and configuration may import anything. */
export const CHECKED_ROOTS = ['contract', 'seed', 'graph', 'src', 'bin'] as const;
