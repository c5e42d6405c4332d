import { useTranslation } from 'react-i18next';
import type { Correction } from '../../../contract/api/corrections.ts';

interface CorrectionHistoryProps {
  corrections: readonly Correction[];
  /** Offered on corrections not undone yet (needs the token). */
  onUndo?: (correction: Correction) => void;
  busy?: boolean;
}

/** Who changed what, when and why; each correction can be taken back. */
export function CorrectionHistory({ corrections, onUndo, busy }: CorrectionHistoryProps) {
  const { t } = useTranslation();
  return (
    <ol className="correction-history" data-testid="correction-history">
      {corrections.map((c) => (
        <li key={c.id} className={`status-${c.status}`}>
          <span className="op">{t(`corrections.op.${c.change.op}`)}</span> <CorrectionLine correction={c} />{' '}
          <span className="muted">
            {c.by} · {c.at.slice(0, 16).replace('T', ' ')} · {t(`corrections.status.${c.status}`)}
          </span>
          {c.note && <q lang="zh">{c.note}</q>}
          {onUndo && c.status !== 'undone' && c.change.op !== 'undo' && (
            <button type="button" className="link-button" disabled={busy} onClick={() => onUndo(c)}>
              {t('corrections.undo')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

function CorrectionLine({ correction }: { correction: Correction }) {
  const c = correction.change;
  const text = (() => {
    switch (c.op) {
      case 'merge':
        return `${c.entity.name} → ${c.into.name}`;
      case 'split':
        return `${c.entity.name} → ${c.created.name} (${c.created.id})`;
      case 'rename':
        return `${c.entity.name} → ${c.name}`;
      case 'retype':
        return `${c.entity.name} → ${c.type}${c.kind ? `/${c.kind}` : ''}`;
      case 'reject':
      case 'accept':
      case 'respan':
        return c.entity.name;
      case 'addEntity':
        return `${c.text} (${c.entity.type})`;
      case 'addRelation':
      case 'removeRelation':
        return `${c.from.name} ${c.type}${c.qualifier ? ` ${c.qualifier}` : ''} ${c.to.name}`;
      case 'review':
        return c.article;
      case 'undo':
        return c.undoes;
    }
  })();
  return <span lang="zh">{text}</span>;
}
