// Button that switches the interface between Swedish and English.
import { useI18n } from '../i18n/i18n.tsx';

export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const next = lang === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="button-link lang-switch" lang={next} onClick={() => setLang(next)}>
      {next === 'en' ? 'In English' : 'På svenska'}
    </button>
  );
}
