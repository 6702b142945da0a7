// Search-as-you-type for an existing case, as an ARIA 1.2 combobox: a text input that controls a
// listbox of matches. Down/Up move through the matches (aria-activedescendant, focus stays in the
// input), Enter chooses, Escape closes the list (or, when closed, clears the text); mouse works too.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { fieldId } from '../../components/fields.tsx';
import { listCases } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Case } from '../../types.ts';

const SEARCH_DELAY_MS = 300;
const MAX_RESULTS = 10;

interface Props {
  onSelect: (c: Case) => void;
  error?: string;
}

export function CaseCombobox({ onSelect, error }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const id = fieldId('caseId');
  const listId = `${id}-listbox`;
  const optionId = (c: Case) => `${id}-option-${c.id}`;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Case[] | null>(null);
  const [more, setMore] = useState(false);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const q = query.trim();
    // The previous matches stay visible until the new ones arrive, without a highlighted one.
    setActive(-1);
    if (q.length < 2) {
      setResults(null);
      setOpen(false);
      setSearching(false);
      return;
    }
    setSearching(true);
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      listCases({ q, limit: MAX_RESULTS }, controller.signal)
        .then((page) => {
          setResults(page.items);
          setMore(page.nextCursor !== null);
          setOpen(page.items.length > 0);
          setSearchError(null);
          announce(page.items.length ? t('picker.resultCount', { count: page.items.length }) : t('picker.noResults'));
        })
        .catch((err: unknown) => {
          if (!controller.signal.aborted) setSearchError(err);
        })
        .finally(() => {
          if (!controller.signal.aborted) setSearching(false);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, announce, t]);

  const items = results ?? [];
  const expanded = open && items.length > 0;
  const activeCase = expanded && active >= 0 ? items[active] : undefined;

  useEffect(() => {
    if (activeCase) document.getElementById(`${id}-option-${activeCase.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeCase, id]);

  function choose(c: Case) {
    setOpen(false);
    setActive(-1);
    onSelect(c);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((a) => (!expanded || a >= count - 1 ? 0 : a + 1));
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((a) => (!expanded || a <= 0 ? count - 1 : a - 1));
        break;
      case 'Enter': {
        // Enter in the search never submits the whole form; it chooses the highlighted match,
        // or the only match when there is just one.
        event.preventDefault();
        const pick = activeCase ?? (expanded && count === 1 && !searching ? items[0] : undefined);
        if (pick) choose(pick);
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      default:
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className={`field combobox-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {t('picker.search')}
        <span className="required"> {t('form.required')}</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('picker.searchHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="combobox">
        <input
          id={id}
          name="caseSearch"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeCase ? optionId(activeCase) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(items.length > 0)}
        />
        {/* mousedown is cancelled so that clicking a match or the scroll bar keeps focus in the input. */}
        <div className="combobox-popup" hidden={!expanded} onMouseDown={(e) => e.preventDefault()}>
          {/* tabIndex -1: a scrolling list would otherwise be a Tab stop of its own (focus stays in the input). */}
          <ul id={listId} role="listbox" aria-label={t('picker.resultsLabel')} tabIndex={-1}>
            {items.map((c, index) => (
              <li
                key={c.id}
                id={optionId(c)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'is-active' : undefined}
                onMouseMove={() => setActive(index)}
                onClick={() => choose(c)}
              >
                <span className="option-number">{c.number}</span>{' '}
                <span className="option-title">{c.title}</span>
                <span className="visually-hidden">, </span>
                <span className={`option-status badge badge-${c.status}`}>{t(`status.${c.status}`)}</span>
              </li>
            ))}
          </ul>
          {more && <p className="combobox-more">{t('picker.moreResults')}</p>}
        </div>
      </div>
      {searching && <p className="combobox-status">{t('picker.searching')}</p>}
      {!searching && results && results.length === 0 && <p className="combobox-status">{t('picker.noResults')}</p>}
      <ErrorAlert error={searchError} />
    </div>
  );
}
