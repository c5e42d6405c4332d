import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { readViewUrl } from '../lib/view/url-codec.ts';

/**
 * Parts of the address that could not be read: the view opens without them, and this says which were
 * left out (until the view changes and the address is written afresh, or it is dismissed).
 */
export function UrlNotice() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const search = useSearch();
  const [dismissed, setDismissed] = useState('');
  const here = `${pathname}?${search}`;
  const { ignored } = readViewUrl(pathname, search ? `?${search}` : '');
  if (ignored.length === 0 || dismissed === here) return null;
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      <span>
        {t('urlNotice.ignored', {
          list: ignored.map((i) => `${i.param}=${i.value}`).join(t('urlNotice.separator')),
        })}
      </span>
      <button type="button" className="link-button" onClick={() => setDismissed(here)}>
        {t('common.close')}
      </button>
    </div>
  );
}
