import { describe, expect, it } from 'vitest';
import { checkImports, importsOf } from '../../../../bin/lint/imports.ts';

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

describe('importsOf', () => {
  it('reads static, multi-line, re-export, side-effect and dynamic imports, resolved from the file', () => {
    const text = [
      "import { a } from './a.ts';",
      'import {\n  b,\n  c,\n} from "../lib/b.ts";',
      "export { d } from './d.ts';",
      "import './e.css';",
      "const f = import('../f.tsx');",
      "import cytoscape from 'cytoscape';",
    ].join('\n');
    expect(importsOf('src/features/x/y.ts', text).sort()).toEqual([
      'src/features/f.tsx',
      'src/features/lib/b.ts',
      'src/features/x/a.ts',
      'src/features/x/d.ts',
      'src/features/x/e.css',
    ]);
  });
});

describe('checkImports', () => {
  it('passes a tree that follows the house plan', () => {
    const report = checkImports(
      tree({
        'contract/model.ts': '',
        'graph/api/app.ts': "import { x } from '../../contract/model.ts';",
        'seed/pipeline/index.ts': "import { x } from '../../contract/model.ts';",
        'bin/start.ts':
          "import { a } from '../graph/api/app.ts';\nimport { p } from '../seed/pipeline/index.ts';",
        'src/features/paths/PathPanel.tsx': "import { C } from '../../components/picker/Picker.tsx';",
        'src/components/picker/Picker.tsx': "import { api } from '../../lib/api-client.ts';",
        'src/lib/api-client.ts': "import type { P } from '../../contract/api/payloads.ts';",
      }),
    );
    expect(report).toEqual({ violations: [], cycles: [] });
  });

  it('fires when a part imports another part or an upper floor', () => {
    const report = checkImports(
      tree({
        'graph/api/app.ts': "import { parse } from '../../seed/pipeline/index.ts';",
        'seed/pipeline/cli.ts': "import { load } from '../../graph/loader/load.ts';",
        'contract/model.ts': "import { start } from '../bin/start.ts';",
        'src/lib/api.ts': "import { repo } from '../../graph/queries/repository.ts';",
      }),
    );
    expect(report.violations.map((v) => `${v.file} -> ${v.target}`)).toEqual([
      'graph/api/app.ts -> seed/pipeline/index.ts',
      'seed/pipeline/cli.ts -> graph/loader/load.ts',
      'contract/model.ts -> bin/start.ts',
      'src/lib/api.ts -> graph/queries/repository.ts',
    ]);
  });

  it('fires when a feature imports another feature or the web app reaches Node-only contract code', () => {
    const report = checkImports(
      tree({
        'src/features/paths/PathPanel.tsx': "import { S } from '../search/SearchBox.tsx';",
        'src/features/search/SearchBox.tsx': "import { ids } from '../../../contract/annotation/ids.ts';",
        'src/components/Name.tsx': "import { D } from '../features/details/DetailsPanel.tsx';",
      }),
    );
    expect(report.violations.map((v) => v.target)).toEqual([
      'src/features/search/SearchBox.tsx',
      'contract/annotation/ids.ts',
      'src/features/details/DetailsPanel.tsx',
    ]);
  });

  it('finds circles, type-only imports included, and files importing themselves', () => {
    const report = checkImports(
      tree({
        'src/features/details/Panel.tsx': "import { Edge } from './Edge.tsx';",
        'src/features/details/Edge.tsx': "import type { Context } from './Panel.tsx';",
        'graph/a.ts': "import { a } from './a.ts';",
        'graph/b.ts': "import { a } from './a.ts';",
      }),
    );
    expect(report.cycles).toEqual([
      ['src/features/details/Edge.tsx', 'src/features/details/Panel.tsx'],
      ['graph/a.ts'],
    ]);
  });
});
