// Choosing the case for a new document: search existing cases as you type, or describe a new case.
import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { StatusBadge } from '../../components/badges.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { fieldId, RadioGroup, SelectField, TextField } from '../../components/fields.tsx';
import { listCases } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import type { Case, Registry } from '../../types.ts';

export interface NewCaseInput {
  registryId: string;
  title: string;
  publicTitle: string;
}

interface Props {
  mode: 'existing' | 'new';
  onMode: (mode: 'existing' | 'new') => void;
  selected: Case | null;
  onSelect: (c: Case | null) => void;
  newCase: NewCaseInput;
  onNewCase: (value: NewCaseInput) => void;
  registries: Registry[];
  errors: Record<string, string>;
}

const SEARCH_DELAY_MS = 300;

export function CasePicker({ mode, onMode, selected, onSelect, newCase, onNewCase, registries, errors }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Case[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'change' | 'search' | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (mode !== 'existing' || selected || q.length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      listCases({ q, limit: 10 }, controller.signal)
        .then((page) => {
          setResults(page.items);
          setError(null);
          announce(t('picker.resultCount', { count: page.items.length }));
        })
        .catch((err: unknown) => {
          if (!controller.signal.aborted) setError(err);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, mode, selected, announce, t]);

  useEffect(() => {
    if (pendingFocus.current === 'change') changeRef.current?.focus();
    if (pendingFocus.current === 'search') document.getElementById(fieldId('caseId'))?.focus();
    pendingFocus.current = null;
  }, [selected]);

  function choose(c: Case | null) {
    pendingFocus.current = c ? 'change' : 'search';
    onSelect(c);
    if (c) announce(t('picker.chosen', { number: c.number }));
  }

  return (
    <fieldset className="group">
      <legend>{t('register.caseLegend')}</legend>
      <RadioGroup
        name="caseMode"
        legend={t('register.caseMode')}
        value={mode}
        onValue={(v) => onMode(v === 'new' ? 'new' : 'existing')}
        options={[
          { value: 'existing', label: t('register.existingCase') },
          { value: 'new', label: t('register.newCase') },
        ]}
        inline
      />

      {mode === 'existing' && selected && (
        <div className="picked">
          <p>
            <span className="label">{t('picker.selected')}:</span> <strong>{selected.number}</strong> {selected.title}{' '}
            <StatusBadge status={selected.status} />
          </p>
          <button type="button" ref={changeRef} onClick={() => choose(null)}>
            {t('picker.change')}
          </button>
        </div>
      )}

      {mode === 'existing' && !selected && (
        <div className="picker">
          <TextField
            name="caseId"
            type="search"
            label={t('picker.search')}
            hint={t('picker.searchHint')}
            value={query}
            onValue={setQuery}
            error={errors.caseId}
            autoComplete="off"
            required
          />
          <ErrorAlert error={error} />
          {results && results.length === 0 && <p className="empty">{t('picker.noResults')}</p>}
          {results && results.length > 0 && (
            <ul className="picker-results" aria-label={t('picker.resultsLabel')}>
              {results.map((c) => (
                <li key={c.id}>
                  <button type="button" className="picker-option" onClick={() => choose(c)}>
                    <strong>{c.number}</strong> {c.title} <span className="muted">({t(`status.${c.status}`)})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {mode === 'new' && (
        <div className="new-case">
          <SelectField
            name="newCase.registryId"
            label={t('case.registry')}
            value={newCase.registryId}
            onValue={(registryId) => onNewCase({ ...newCase, registryId })}
            placeholder={t('common.choose')}
            options={sortBy(registries, (r) => r.name).map((r) => ({ value: r.id, label: `${r.name} (${r.code})` }))}
            error={errors['newCase.registryId']}
            required
          />
          <TextField
            name="newCase.title"
            label={t('case.title')}
            value={newCase.title}
            onValue={(title) => onNewCase({ ...newCase, title })}
            error={errors['newCase.title']}
            required
          />
          <TextField
            name="newCase.publicTitle"
            label={t('case.publicTitle')}
            hint={t('case.publicTitleHint')}
            value={newCase.publicTitle}
            onValue={(publicTitle) => onNewCase({ ...newCase, publicTitle })}
            error={errors['newCase.publicTitle']}
          />
        </div>
      )}
    </fieldset>
  );
}
