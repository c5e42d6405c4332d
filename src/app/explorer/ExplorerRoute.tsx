import { CyProvider } from '../../components/graph-canvas/cy-context.tsx';
import { ExplorerPage } from './ExplorerPage.tsx';
import '../../styles/explorer.css';

/** The explorer with its Cytoscape context (a lazily loaded chunk). */
export function ExplorerRoute() {
  return (
    <CyProvider>
      <ExplorerPage />
    </CyProvider>
  );
}
