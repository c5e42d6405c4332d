import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { GraphNode, PathsResult } from '../../../contract/api/payloads.ts';
import { MarkedText } from '../../components/MarkedText.tsx';
import { edgeLabel } from '../../lib/edge-label.ts';
import { articleHref } from '../../lib/hrefs.ts';
import { chinaDay } from '../../lib/names.ts';

interface PathListProps {
  result: PathsResult;
  maxLength: number;
  active: number;
  onActive: (index: number) => void;
}

/** Each path written out step by step, each step with the sentences that support it. */
export function PathList({ result, maxLength, active, onActive }: PathListProps) {
  const { t } = useTranslation();
  if (result.paths.length === 0) {
    return (
      <p className="notice" data-testid="no-path">
        {t('paths.none', { count: maxLength })}
      </p>
    );
  }
  const shortest = Math.min(...result.paths.map((p) => p.length));
  return (
    <div className="path-list" data-testid="path-list">
      <p>
        <b>{t('paths.found', { count: result.paths.length, steps: shortest })}</b>
        {result.bounded && <span className="muted"> · {t('paths.bounded')}</span>}
      </p>
      {result.paths.map((path, index) => {
        const nodes = new Map<string, GraphNode>(path.graph.nodes.map((n) => [n.id, n]));
        const name = (id: string) => nodes.get(id)?.name ?? id;
        const terms = (id: string) => {
          const n = nodes.get(id);
          return n ? [n.name, ...n.aliases] : [];
        };
        return (
          <section
            key={path.nodeIds.join('>')}
            className={`path-item${index === active ? ' active' : ''}`}
            aria-label={t('paths.pathN', { n: index + 1, count: path.length })}
          >
            <h3 className="path-item-title">
              <button
                type="button"
                className="link-button"
                aria-pressed={index === active}
                onClick={() => onActive(index)}
              >
                {t('paths.pathN', { n: index + 1, count: path.length })}
              </button>
              {path.length === shortest && <span className="badge">{t('paths.shortest')}</span>}
            </h3>
            <ol className="path-steps">
              {path.steps.map((step) => (
                <li key={step.edge.id}>
                  <p className="step-line" lang="zh">
                    <b>{name(step.from)}</b>
                    <span className="step-arrow">
                      {step.edge.source === step.from ? ' —' : ' ←'}
                      {edgeLabel(step.edge, t)}
                      {step.edge.source === step.from ? '→ ' : '— '}
                    </span>
                    <b>{name(step.to)}</b>
                  </p>
                  {step.evidence.length === 0 && <p className="muted">{t('paths.noEvidence')}</p>}
                  <ul className="evidence">
                    {step.evidence.slice(0, 3).map((item) => (
                      <li key={`${item.article.id}:${item.start}`}>
                        <blockquote lang="zh">
                          <MarkedText text={item.text} terms={[...terms(step.from), ...terms(step.to)]} />
                        </blockquote>
                        <cite>
                          <Link href={articleHref(item.article.id, item)}>{item.article.title}</Link>{' '}
                          <span className="muted">{chinaDay(item.article.publishedAt) ?? ''}</span>
                        </cite>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
