import { edgeLabel } from '../graph/to-elements.ts';
import { useEdgeEvidence } from './api/get-edge-evidence.ts';
import { QueryState } from './QueryState.tsx';

export function EdgeDetails({ id, nameOf }: { id: string; nameOf: (id: string) => string }) {
  const { data, isPending, error, refetch } = useEdgeEvidence(id);
  return (
    <QueryState isPending={isPending} error={error} retry={() => void refetch()}>
      {data && (
        <section className="edge-details" data-testid="edge-details">
          <h2>
            {nameOf(data.edge.source)} → {edgeLabel(data.edge)} → {nameOf(data.edge.target)}
          </h2>
          <p className="muted">
            {data.edge.type} · {data.evidence.length} 篇文章支持 article(s) say so
          </p>
          <ol className="evidence">
            {data.evidence.map((item) => (
              <li key={item.article.id}>
                <blockquote>{item.text}</blockquote>
                <cite>
                  {item.article.title} · {item.article.source} · {item.article.publishedAt?.slice(0, 10)}
                </cite>
              </li>
            ))}
          </ol>
        </section>
      )}
    </QueryState>
  );
}
