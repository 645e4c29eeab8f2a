import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, vi, type MessageKey } from './messages';

export type Lang = 'vi' | 'en';
const catalogs: Record<Lang, Partial<Record<MessageKey, string>>> = { vi: { ...vi }, en: { ...en } };

/**
 * Adds a portal's strings (both languages, the same keys) when its chunk loads: the portal's entry module calls this
 * before anything of it renders, so the storefront's bundle carries only the strings it shows.
 */
export function addMessages<K extends MessageKey>(viPart: Record<K, string>, enPart: Record<K, string>) {
  Object.assign(catalogs.vi, viPart);
  Object.assign(catalogs.en, enPart);
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

// The language chosen last, outside React: the GraphQL client reads it for every request's Accept-Language, so the
// server's messages (userErrors) follow the switch from the next request on.
let activeLang: Lang = initialLang();
export function currentLang(): Lang {
  return activeLang;
}

function initialLang(): Lang {
  try {
    return localStorage.getItem('lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => activeLang);
  useEffect(() => {
    document.documentElement.lang = lang; // screen readers pick the voice from <html lang>
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    activeLang = next;
    setLangState(next);
    try {
      localStorage.setItem('lang', next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) =>
      (catalogs[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? '')),
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
