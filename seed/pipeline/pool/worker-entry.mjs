// The entry of an extraction worker: worker threads do not inherit the TypeScript loader of the process
// that starts them, so the worker registers tsx itself before loading the pipeline.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
