import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { entityHref } from '../lib/hrefs.ts';
import { EntityCombobox } from './entity-combobox/EntityCombobox.tsx';

/**
 * A screen, not a blank, for what does not exist: an unknown entity or article, or an unknown address.
 * It says so in the UI language and offers the search and the way home.
 */
export function NotFound({ kind, id }: { kind: 'entity' | 'article' | 'page'; id: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <section className="not-found" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t(`notFound.${kind}`)}</h1>
      <p>
        {t('notFound.asked')} <code>{id}</code>
      </p>
      <p>{t('notFound.search')}</p>
      <EntityCombobox
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        onChoose={(hit) => navigate(entityHref(hit.id))}
      />
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
