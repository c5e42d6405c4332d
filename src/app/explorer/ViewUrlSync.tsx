import { useEffect, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import { decodeView, viewHref } from '../../lib/view/url-codec.ts';
import { viewKey } from '../../lib/view/view-history.ts';
import { isEmptyView } from '../../lib/view/view-state.ts';
import { useViewStore } from '../../lib/view/view-store.tsx';

/**
 * Keeps the address bar and the view in step: a change of the view pushes a history entry, so back
 * and forward walk through view changes (as undo and redo), and a pasted link reopens the same view.
 * Entities picked in the article reader are added when the explorer opens.
 */
export function ViewUrlSync() {
  const [pathname, navigate] = useLocation();
  const search = useSearch();
  const store = useViewStore();
  const { view, sync, act, pendingAdds, clearPending } = store;
  const latest = useRef(view);
  latest.current = view;

  // The address this component last wrote. The router may report an earlier address of ours after the view
  // has moved on (a change made while it catches up); that must not undo the change.
  const written = useRef<string | null>(null);

  // URL → view (back/forward, links).
  useEffect(() => {
    if (location.pathname + location.search === written.current) return;
    const fromUrl = decodeView(pathname, search);
    if (viewKey(fromUrl) !== viewKey(latest.current)) {
      written.current = null;
      sync(fromUrl);
    }
  }, [pathname, search, sync]);

  // Entities picked while reading.
  useEffect(() => {
    if (pendingAdds.length === 0) return;
    const [first, ...rest] = pendingAdds;
    if (isEmptyView(latest.current) && first) {
      act({ type: 'open', id: first });
      if (rest.length > 0) act({ type: 'add', ids: rest });
    } else {
      act({ type: 'add', ids: pendingAdds });
    }
    clearPending();
  }, [pendingAdds, act, clearPending]);

  // View → URL.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const inUrl = decodeView(location.pathname, location.search);
    if (viewKey(inUrl) !== viewKey(view)) {
      navigate(viewHref(view));
      written.current = location.pathname + location.search;
    }
  }, [view, navigate]);

  return null;
}
