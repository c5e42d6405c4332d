import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EntityDetail, EntityTypeName, NodeTypeName } from '../../../contract/api/payloads.ts';
import { EntityCorrections } from '../../components/corrections/EntityCorrections.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TYPE_INK } from '../../lib/entity-look.ts';
import { articleHref } from '../../lib/hrefs.ts';
import { chinaDay, displayAliases, englishNames } from '../../lib/names.ts';
import { useEntity } from './api/get-entity.ts';
import type { DetailsContext } from './details-context.ts';
import { EntityActions } from './EntityActions.tsx';
import { RelationshipList } from './RelationshipList.tsx';

/** A node: its names in every script, posts held, relationship counts, what was left out, its articles. */
export function EntityDetails({ id, context }: { id: string; context: DetailsContext }) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useEntity(id);
  const omitted = context.omitted.get(id);
  return (
    <section className="entity-details" data-testid="entity-details" aria-labelledby="entity-details-title">
      <QueryState isPending={isPending} error={error} retry={() => void refetch()} lines={6}>
        {data && (
          <>
            <h2 id="entity-details-title" lang="zh">
              {data.entity.name}
            </h2>
            <p className="type-line" style={{ color: TYPE_INK[data.entity.type] }}>
              {t(`type.${data.entity.type}`)}
              {data.entity.kind &&
                ` · ${t(`kind.${data.entity.kind}` as 'kind.company', { defaultValue: data.entity.kind })}`}
              {' · '}
              {t('common.articles', { count: data.entity.articleCount })}
            </p>
            <Names detail={data} />
            <EntityActions id={id} inView={context.nodes.has(id)} context={context} />
            {data.entity.type !== 'Article' && (
              <EntityCorrections
                id={data.entity.id}
                type={data.entity.type}
                name={data.entity.name}
                articles={data.articles}
                onMerged={(to) => context.onAction({ type: 'open', id: to })}
              />
            )}
            {omitted && (
              <div className="omitted" data-testid="omitted">
                <span>{t('details.omitted')}</span>
                {(Object.entries(omitted) as [NodeTypeName, number][]).map(([type, n]) => (
                  <button
                    key={type}
                    type="button"
                    className="chip"
                    onClick={() => context.onAction({ type: 'more', id, nodeType: type as EntityTypeName })}
                  >
                    {t('canvas.more', { count: n, type: t(`type.${type}`) })}
                  </button>
                ))}
              </div>
            )}
            <h3>{t('details.relations')}</h3>
            <RelationshipList id={id} context={context} />
            <h3>
              {t('details.mentionedIn')} ({data.articles.length})
            </h3>
            {data.articles.length === 0 && <p className="muted">{t('details.noArticles')}</p>}
            <ul className="article-list">
              {data.articles.map((a) => (
                <li key={a.id}>
                  <Link href={articleHref(a.id)} lang="zh">
                    {a.title}
                  </Link>{' '}
                  <span className="muted">
                    {a.source ?? ''} {chinaDay(a.publishedAt) ?? ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </section>
  );
}

function Names({ detail }: { detail: EntityDetail }) {
  const { t } = useTranslation();
  const { names, entity } = detail;
  const rows: [string, string][] = [];
  // One reading: the spaced pinyin of the name (search knows every variant; people need one).
  const pinyin = names?.pinyin[0] ?? entity.pinyin;
  if (pinyin) rows.push([t('details.pinyin'), pinyin]);
  const initials = names?.initials[0];
  if (initials) rows.push([t('details.initials'), initials]);
  const english = englishNames({ ...entity, nameEn: names?.english ?? entity.nameEn });
  if (english.length) rows.push([t('details.english'), english.join('; ')]);
  const traditional = names?.traditional ?? [];
  if (traditional.length) rows.push([t('details.traditional'), traditional.join('、')]);
  const aliases = displayAliases(entity, traditional);
  if (aliases.length) rows.push([t('details.aliases'), aliases.join('、')]);
  const properties = Object.entries(entity.properties).filter(([, v]) => v !== '' && v !== null);
  if (rows.length === 0 && properties.length === 0) return null;
  return (
    <dl className="names" aria-label={t('details.names')}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {properties.map(([k, v]) => (
        <div key={k}>
          <dt>{t(`details.property.${k}`, { defaultValue: k })}</dt>
          <dd>{String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
