// Button that switches the interface between Swedish and English. Its label is written in the
// other language (and marked with that `lang`), so that its readers can find it.
import { useI18n } from '../i18n/i18n.tsx';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="button-link lang-switch" lang={next} onClick={() => setLang(next)}>
      {t('lang.switch')}
    </button>
  );
}
