import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n/i18n.ts';

/** Switches between Chinese and English; i18next remembers the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = currentLanguage(i18n.language) === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="language-switch"
      lang={next === 'zh' ? 'zh' : 'en'}
      aria-label={t('app.switchToLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('app.switchTo')}
    </button>
  );
}
