// Tiny i18n: Swedish first and default, English second. The choice is kept in localStorage and
// mirrored in <html lang>. `t(key, params)` fills `{name}` placeholders; with a numeric `count`
// it prefers the `key_one` variant for 1.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sv, type MessageKey } from './sv.ts';
import { en } from './en.ts';

export type Lang = 'sv' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const STORAGE_KEY = 'namnd.lang';
const dictionaries: Record<Lang, Record<string, string>> = { sv, en };

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function translate(lang: Lang, key: string, params?: Params): string {
  const dict = dictionaries[lang];
  let text = (params?.count === 1 ? dict[`${key}_one`] : undefined) ?? dict[key] ?? sv[key as MessageKey] ?? key;
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (match, name: string) =>
      params[name] === undefined ? match : String(params[name]),
    );
  }
  return text;
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Translates a key that is only known at run time (e.g. an audit action); falls back to `fallback`. */
  tMaybe: (key: string, fallback: string, params?: Params) => string;
  /** BCP 47 locale for number formatting and collation. */
  locale: string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18nValue>(() => {
    const dict = dictionaries[lang];
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      tMaybe: (key, fallback, params) => (key in dict ? translate(lang, key, params) : fallback),
      locale: lang === 'sv' ? 'sv-SE' : 'en-GB',
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
