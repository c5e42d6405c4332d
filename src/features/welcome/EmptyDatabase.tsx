import { useTranslation } from 'react-i18next';

/** What to do when the graph holds no articles yet. */
export function EmptyDatabase() {
  const { t } = useTranslation();
  return (
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
  );
}
