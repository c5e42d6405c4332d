import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusOverview, TopEntity } from '../../../contract/api/payloads.ts';
import { ArticleLine } from '../../components/ArticleLine.tsx';
import { EntityName } from '../../components/EntityName.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useOverview } from './api/get-overview.ts';
import { useStats } from './api/get-stats.ts';
import { EmptyDatabase } from './EmptyDatabase.tsx';

/** The start page: what guanxi is, the corpus at a glance, the newest articles and the most connected entities. */
export function Welcome({ onOpen, children }: { onOpen: (id: string) => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const overview = useOverview();
  const stats = useStats();
  const sum = (record: Record<string, number> | undefined, skip: string[] = []) =>
    Object.entries(record ?? {})
      .filter(([k]) => !skip.includes(k))
      .reduce((n, [, v]) => n + v, 0);
  const data = overview.data;
  return (
    <div className="welcome" data-testid="welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <QueryState
        isPending={overview.isPending}
        error={overview.error}
        retry={() => void overview.refetch()}
        lines={2}
      >
        {data && data.articles === 0 && <EmptyDatabase />}
        {data && data.articles > 0 && (
          <>
            <p className="muted" data-testid="stats">
              {t('welcome.articles', { count: data.articles })}
              {data.stubs > 0 && t('welcome.stubs', { count: data.stubs })}
              {stats.data &&
                ` · ${t('welcome.graphSize', {
                  entities: sum(stats.data.nodes, ['Article']),
                  relations: sum(stats.data.relationships, ['MENTIONS', 'PUBLISHED_BY', 'WROTE', 'LINKS_TO']),
                })}`}
            </p>
            {children}
            <div className="welcome-grid">
              <section aria-labelledby="welcome-latest" data-testid="latest-articles">
                <h2 id="welcome-latest">{t('welcome.latest')}</h2>
                <ol className="article-hits">
                  {data.latest.map((a) => (
                    <ArticleLine key={a.id} article={a} />
                  ))}
                </ol>
              </section>
              <section aria-labelledby="welcome-connected" data-testid="most-connected">
                <h2 id="welcome-connected">{t('welcome.connected')}</h2>
                <Connected title={t('welcome.people')} entities={data.connected.people} onOpen={onOpen} />
                <Connected
                  title={t('welcome.organizations')}
                  entities={data.connected.organizations}
                  onOpen={onOpen}
                />
              </section>
              <Glance overview={data} />
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}

function Connected({
  title,
  entities,
  onOpen,
}: {
  title: string;
  entities: TopEntity[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (entities.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="connected-list">
        {entities.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => onOpen(e.id)}>
              <EntityName name={e.name} type={e.type} pinyin={e.pinyin} nameEn={e.nameEn} />
            </button>
            <span className="muted">{t('welcome.degree', { count: e.degree })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Articles by month (bars with their numbers) and by source. */
function Glance({ overview }: { overview: CorpusOverview }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...overview.byMonth.map((m) => m.count));
  return (
    <section aria-labelledby="welcome-glance" data-testid="corpus-glance">
      <h2 id="welcome-glance">{t('welcome.glance')}</h2>
      <h3>{t('welcome.byMonth')}</h3>
      <ul className="month-bars">
        {overview.byMonth.map((m) => (
          <li key={m.month}>
            <span className="month-label">{m.month}</span>
            <span className="month-bar" style={{ width: `${(100 * m.count) / most}%` }} aria-hidden="true" />
            <span className="month-count">{t('common.articles', { count: m.count })}</span>
          </li>
        ))}
      </ul>
      <h3>{t('welcome.bySource')}</h3>
      <ul className="source-list">
        {overview.bySource.map((s) => (
          <li key={s.source}>
            <span lang="zh">{s.source}</span> <span className="muted">{s.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
