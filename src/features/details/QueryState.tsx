import type { ReactNode } from 'react';

interface QueryStateProps {
  isPending: boolean;
  error: Error | null;
  retry: () => void;
  children: ReactNode;
}

/** Loading and error states with a retry, so no wait is silent and no failure is a blank panel. */
export function QueryState({ isPending, error, retry, children }: QueryStateProps) {
  if (error) {
    return (
      <div className="error" role="alert">
        <p>加载失败 Could not load: {error.message}</p>
        <button type="button" onClick={retry}>
          重试 Retry
        </button>
      </div>
    );
  }
  if (isPending) {
    return (
      <p className="loading" role="status">
        加载中 Loading…
      </p>
    );
  }
  return <>{children}</>;
}
