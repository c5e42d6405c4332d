import { TYPE_LOOK } from '../graph/node-types.ts';
import { useEntity } from './api/get-entity.ts';
import { QueryState } from './QueryState.tsx';

export function EntityDetails({ id }: { id: string }) {
  const { data, isPending, error, refetch } = useEntity(id);
  return (
    <QueryState isPending={isPending} error={error} retry={() => void refetch()}>
      {data && (
        <section className="entity-details" data-testid="entity-details">
          <h2>{data.entity.name}</h2>
          <p className="muted">
            {TYPE_LOOK[data.entity.type].labelZh} {TYPE_LOOK[data.entity.type].label}
            {data.entity.kind ? ` · ${data.entity.kind}` : ''}
            {data.entity.pinyin ? ` · ${data.entity.pinyin}` : ''}
          </p>
          {data.entity.aliases.length > 0 && <p>又名 Also: {data.entity.aliases.join('、')}</p>}
          {data.positions.length > 0 && (
            <>
              <h3>职务 Positions</h3>
              <ul>
                {data.positions.map((p) => (
                  <li key={`${p.organization.id}|${p.title}`}>
                    {p.organization.name} {p.title}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>报道 Articles ({data.articles.length})</h3>
          <ul>
            {data.articles.map((a) => (
              <li key={a.id}>
                {a.title} <span className="muted">{a.publishedAt?.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </QueryState>
  );
}
