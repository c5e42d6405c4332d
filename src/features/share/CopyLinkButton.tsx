import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The address bar holds the whole view; this copies it. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 3000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard
            .writeText(location.href)
            .then(() => setStatus('copied'))
            .catch(() => setStatus('failed'))
        }
      >
        {t('toolbar.share')}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? t('toolbar.copied') : status === 'failed' ? t('toolbar.copyFailed') : ''}
      </span>
    </>
  );
}
