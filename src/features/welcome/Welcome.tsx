import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { useStats } from './api/get-stats.ts';

const EXAMPLES = [
  { id: 'person:李红珍', label: '李红珍' },
  { id: 'org:施耐德电气(中国)有限公司', label: '施耐德电气' },
  { id: 'place:上海市普陀区桃浦镇', label: '桃浦镇' },
];

/** The start page: what guanxi is, what is in the graph, and how to fill an empty one. */
export function Welcome({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const stats = useStats();
  const sum = (record: Record<string, number> | undefined, skip: string[] = []) =>
    Object.entries(record ?? {})
      .filter(([k]) => !skip.includes(k))
      .reduce((n, [, v]) => n + v, 0);
  const articles = stats.data?.nodes.Article ?? 0;
  return (
    <div className="welcome" data-testid="welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <QueryState
        isPending={stats.isPending}
        error={stats.error}
        retry={() => void stats.refetch()}
        lines={2}
      >
        {stats.data && articles === 0 && (
          <section className="empty-db" data-testid="empty-db" aria-labelledby="empty-db-title">
            <h2 id="empty-db-title">{t('welcome.emptyTitle')}</h2>
            <p>{t('welcome.emptyBody')}</p>
            <dl>
              <dt>
                <code>npm run seed</code>
              </dt>
              <dd>{t('welcome.emptySeed')}</dd>
              <dt>
                <code>npm run ingest -- FILES</code>
              </dt>
              <dd>{t('welcome.emptyIngest')}</dd>
            </dl>
            <p>{t('welcome.emptyAfter')}</p>
          </section>
        )}
        {stats.data && articles > 0 && (
          <>
            <p className="muted" data-testid="stats">
              {t('welcome.stats', {
                articles,
                entities: sum(stats.data.nodes, ['Article']),
                relations: sum(stats.data.relationships, ['MENTIONS', 'PUBLISHED_BY', 'WROTE', 'LINKS_TO']),
              })}
            </p>
            <p>
              {t('welcome.try')}{' '}
              {EXAMPLES.map((e) => (
                <button key={e.id} type="button" className="chip" lang="zh" onClick={() => onOpen(e.id)}>
                  {e.label}
                </button>
              ))}
            </p>
          </>
        )}
      </QueryState>
    </div>
  );
}
