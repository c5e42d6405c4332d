import type { Core } from 'cytoscape';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

interface CyHolder {
  cy: Core | null;
  setCy: (cy: Core | null) => void;
}

const CyContext = createContext<CyHolder | null>(null);

/**
 * Shares the one Cytoscape instance (created and destroyed by GraphCanvas) with controllers,
 * the toolbar and exports, as react-sigma shares its sigma instance.
 */
export function CyProvider({ children }: { children: ReactNode }) {
  const [cy, setCy] = useState<Core | null>(null);
  const value = useMemo(() => ({ cy, setCy }), [cy]);
  return <CyContext.Provider value={value}>{children}</CyContext.Provider>;
}

function useHolder(): CyHolder {
  const holder = useContext(CyContext);
  if (!holder) throw new Error('useCy outside CyProvider');
  return holder;
}

/** The live instance, or null before the canvas is mounted. */
export function useCy(): Core | null {
  return useHolder().cy;
}

export function useSetCy(): (cy: Core | null) => void {
  return useHolder().setCy;
}
