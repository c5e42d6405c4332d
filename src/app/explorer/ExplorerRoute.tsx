import { CyProvider } from '../../components/graph-canvas/cy-context.tsx';
import { ExplorerPage } from './ExplorerPage.tsx';
import { MergedRedirect } from './MergedRedirect.tsx';
import '../../styles/explorer.css';

/** The explorer with its Cytoscape context (a lazily loaded chunk). */
export function ExplorerRoute() {
  return (
    <CyProvider>
      <MergedRedirect />
      <ExplorerPage />
    </CyProvider>
  );
}
