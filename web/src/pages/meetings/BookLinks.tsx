// Links to the meeting book as PDF: the members' version (with the documents the reader may see) and the
// public version (secret documents and protected personal data left out). They open in a new tab.
import { useT } from '../../i18n/i18n.tsx';
import { bookUrl } from '../../meetingEndpoints.ts';
import type { BookVariant } from '../../meetingTypes.ts';

export function BookLinks({ meetingId, variants = ['members', 'public'] }: { meetingId: string; variants?: BookVariant[] }) {
  const t = useT();
  return (
    <section className="book-links" aria-labelledby="book-heading">
      <h2 id="book-heading">{t('book.title')}</h2>
      <p className="hint" id="book-hint">
        {t('book.hint')}
      </p>
      <ul className="link-list">
        {variants.map((variant) => (
          <li key={variant}>
            <a href={bookUrl(meetingId, variant)} target="_blank" rel="noopener" aria-describedby="book-hint">
              {t(`book.${variant}`)} <span className="muted">(PDF)</span>
              <span className="visually-hidden"> {t('common.newTab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
