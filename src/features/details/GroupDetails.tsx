import { useTranslation } from 'react-i18next';
import type { DetailsContext } from './details-context.ts';

const MEMBERS_SHOWN = 30;

/** A community drawn as a group: who leads it, who is in it, and folding it into one node or back. */
export function GroupDetails({ id, context }: { id: string; context: DetailsContext }) {
  const { t } = useTranslation();
  const key = id.slice('group:'.length);
  const group = context.groups.get(key);
  if (!group) return <p className="muted">{t('details.empty')}</p>;
  const name = (nodeId: string) => context.nodes.get(nodeId)?.name ?? nodeId;
  const folded = context.folded(key);
  return (
    <section className="group-details" data-testid="group-details" aria-labelledby="group-details-title">
      <h2 id="group-details-title" lang="zh">
        {t('communities.label', { name: name(group.leader), count: group.members.length })}
      </h2>
      <p className="muted">{t('details.groupIntro')}</p>
      <button type="button" onClick={() => context.onAction({ type: 'fold', key, folded: !folded })}>
        {t(folded ? 'analytics.unfold' : 'analytics.fold')}
      </button>
      <ul className="article-list">
        {group.members.slice(0, MEMBERS_SHOWN).map((m) => (
          <li key={m} lang="zh">
            {name(m)}
          </li>
        ))}
      </ul>
      {group.members.length > MEMBERS_SHOWN && (
        <p className="muted">{t('details.moreMembers', { count: group.members.length - MEMBERS_SHOWN })}</p>
      )}
    </section>
  );
}
