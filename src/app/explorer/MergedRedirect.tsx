import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { entityOptions } from '../../features/details/api/get-entity.ts';
import { useViewStore } from '../../lib/view/view-store.tsx';

/**
 * An entity merged into another still opens: the server answers its old id with the survivor (307), and
 * the view then moves to the survivor's address, so the URL says what is shown.
 */
export function MergedRedirect() {
  const store = useViewStore();
  const focus = store.view.focus;
  const { data } = useQuery({ ...entityOptions(focus ?? ''), enabled: focus !== null });
  const survivor = data?.entity.id;
  useEffect(() => {
    if (focus && survivor && survivor !== focus) store.act({ type: 'open', id: survivor });
  }, [focus, survivor, store]);
  return null;
}
