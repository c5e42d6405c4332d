import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zh } from './zh.ts';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'guanxi.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Chinese and English; the choice is remembered in localStorage, else the browser's language decides. */
export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { zh: { translation: zh }, en: { translation: en } },
      supportedLngs: [...LANGUAGES],
      load: 'languageOnly',
      fallbackLng: 'zh',
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      react: { useSuspense: false },
    });
  const setLang = (lng: string) => {
    document.documentElement.lang = lng.startsWith('en') ? 'en' : 'zh-CN';
  };
  setLang(i18n.resolvedLanguage ?? 'zh');
  i18n.on('languageChanged', setLang);
  return i18n;
}

export function currentLanguage(lng: string | undefined): Language {
  return lng?.startsWith('en') ? 'en' : 'zh';
}
