import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The write token, kept for the tab only (see lib/token-store.ts). */
export function TokenField({ token, onToken }: { token: string; onToken: (token: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="token-field">
      <label htmlFor={id}>{t('corrections.token')}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={token}
        data-testid="correction-token"
        onChange={(e) => onToken(e.target.value)}
      />
    </div>
  );
}
