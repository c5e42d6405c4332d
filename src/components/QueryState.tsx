import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/error-text.ts';
import { useConnection } from '../lib/use-connection.ts';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  retry: () => void;
  /** What is loading, for the skeleton's text alternative. */
  loadingLabel?: string;
  /** Lines of skeleton to draw while loading. */
  lines?: number;
  children: ReactNode;
}

/** Loading and error states with a retry, so no wait is silent and no failure is a blank panel. */
export function QueryState({ isPending, error, retry, loadingLabel, lines = 3, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error) return <ErrorNotice error={error} retry={retry} />;
  if (isPending) return <Skeleton label={loadingLabel ?? t('common.loading')} lines={lines} />;
  return <>{children}</>;
}

export function ErrorNotice({
  error,
  retry,
  prefix,
}: {
  error: unknown;
  retry?: () => void;
  prefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <p>
        {prefix ? `${prefix} ` : ''}
        {errorText(error, t)}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

const SKELETON_KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

/** What a waiting element says while the server cannot be reached (it keeps trying by itself). */
export function Unreachable() {
  const { t } = useTranslation();
  const { down } = useConnection();
  if (!down) return null;
  return <span className="unreachable">{t('errors.retrying')}</span>;
}

export function Skeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <Unreachable />
      {SKELETON_KEYS.slice(0, lines).map((key, i) => (
        <span
          key={key}
          className="skeleton-line"
          style={{ width: `${90 - ((i * 17) % 40)}%` }}
          aria-hidden="true"
        />
      ))}
    </div>
  );
}

export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="status">
      <span className="spinner-dot" aria-hidden="true" />
      {label} <Unreachable />
    </span>
  );
}
