import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EdgeEvidence } from '../../../contract/api/payloads.ts';
import { MarkedText } from '../../components/MarkedText.tsx';
import { articleHref } from '../../lib/hrefs.ts';
import { chinaDay } from '../../lib/names.ts';

/** The sentences behind an edge, the ends' names marked, each opening its article at the sentence. */
export function EvidenceList({ evidence, terms }: { evidence: EdgeEvidence; terms: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ol className="evidence">
      {evidence.evidence.map((item) => (
        <li key={`${item.article.id}:${item.start}`}>
          <blockquote lang="zh">
            <MarkedText text={item.text} terms={[...terms]} />
          </blockquote>
          <cite>
            {item.article.title} · {item.article.source ?? ''} · {chinaDay(item.article.publishedAt) ?? ''}
          </cite>
          <Link href={articleHref(item.article.id, item)} className="evidence-link">
            {t('details.openAtSentence')}
          </Link>
        </li>
      ))}
    </ol>
  );
}
