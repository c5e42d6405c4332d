import { useTranslation } from 'react-i18next';
import type { ArticleDetail } from '../../../contract/api/payloads.ts';
import { imageLine } from './article-images.ts';

type ArticleImage = ArticleDetail['article']['images'][number];

/** The page's pictures, told by their captions (the pictures themselves are not stored). */
export function ArticleImages({ images }: { images: ArticleImage[] }) {
  const { t } = useTranslation();
  if (images.length === 0) return null;
  return (
    <section aria-labelledby="article-images-title" className="article-images">
      <h2 id="article-images-title">{t('article.images')}</h2>
      <ul>
        {images.map((img) => (
          <li key={`${img.file}|${img.caption}`} className="muted" lang="zh">
            {imageLine(img)}
          </li>
        ))}
      </ul>
    </section>
  );
}
