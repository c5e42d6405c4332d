import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../../../contract/api/payloads.ts';
import { EntityName } from '../../components/EntityName.tsx';
import type { Communities } from '../../lib/communities.ts';
import { COMMUNITY_LOOK } from '../../lib/community-look.ts';

const swatchStyle = (index: number) => {
  const [fill, line] = COMMUNITY_LOOK[index % COMMUNITY_LOOK.length] ?? ['transparent', 'currentColor'];
  return { background: fill, borderColor: line };
};

interface CommunityListProps {
  communities: Communities;
  nodes: ReadonlyMap<string, GraphNode>;
  folded: readonly string[];
  /** Communities are drawn as groups (only then can they be folded). */
  grouped: boolean;
  onFold: (key: string, folded: boolean) => void;
  onSelect: (id: string) => void;
}

const BROKERS_SHOWN = 8;

/** The view's communities (largest first, with their size) and the brokers whose ties cross between them. */
export function CommunityList({ communities, nodes, folded, grouped, onFold, onSelect }: CommunityListProps) {
  const { t } = useTranslation();
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const nameOf = (id: string) => {
    const n = nodes.get(id);
    return n ? (
      <EntityName name={n.name} type={n.type} pinyin={n.pinyin} nameEn={n.nameEn} aliases={n.aliases} />
    ) : (
      id
    );
  };
  if (communities.list.length === 0) return <p className="muted">{t('analytics.noCommunities')}</p>;
  return (
    <div className="communities" data-testid="communities">
      <p className="muted">
        {t('analytics.communitiesIntro', {
          count: communities.list.length,
          modularity: communities.modularity.toFixed(2),
        })}
      </p>
      <ol className="community-list">
        {communities.list.map((c) => (
          <li key={c.key}>
            <span className="community-swatch" style={swatchStyle(c.index)} aria-hidden="true" />
            <button type="button" className="row-button" onClick={() => onSelect(c.leader)}>
              {nameOf(c.leader)}
            </button>
            <span className="muted">{t('analytics.members', { count: c.members.length })}</span>
            {grouped && (
              <button
                type="button"
                className="link-button"
                aria-pressed={folded.includes(c.key)}
                aria-label={t(folded.includes(c.key) ? 'analytics.unfoldNamed' : 'analytics.foldNamed', {
                  name: name(c.leader),
                })}
                onClick={() => onFold(c.key, !folded.includes(c.key))}
              >
                {t(folded.includes(c.key) ? 'analytics.unfold' : 'analytics.fold')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {communities.brokers.length > 0 && (
        <>
          <h3>{t('analytics.brokers')}</h3>
          <ol className="broker-list" data-testid="brokers">
            {communities.brokers.slice(0, BROKERS_SHOWN).map((b) => (
              <li key={b.id}>
                <button type="button" className="row-button" onClick={() => onSelect(b.id)}>
                  {nameOf(b.id)}
                </button>
                <span className="muted">
                  {t('analytics.brokerReach', { count: b.communities, bridges: b.bridges })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
