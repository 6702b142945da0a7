// Publication on the web at registration (R-PUB-1): says what the registration will put on the web — the
// document's public details always, its file and text by the default for its kind and counterparty — and lets
// the registrar choose otherwise. Secret-marked and protected documents are never published.
import { useEffect } from 'react';
import { RadioGroup } from '../../components/fields.tsx';
import { useAuth } from '../../auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { defaultWebPublication } from '../../../../src/domain/webPublication.ts';
import type { CounterpartyInput } from './CounterpartyFields.tsx';
import type { DocumentInput } from './DocumentFields.tsx';
import type { SecrecyInput } from './SecrecyFields.tsx';

export type WebPublicationInput = 'default' | 'publish' | 'unpublished';

/** What is sent as `webPublication`: nothing for the default, else the explicit choice. */
export const webPublicationValue = (input: WebPublicationInput): boolean | undefined =>
  input === 'default' ? undefined : input === 'publish';

interface Props {
  value: WebPublicationInput;
  onChange: (value: WebPublicationInput) => void;
  document: DocumentInput;
  counterparty: CounterpartyInput;
  secrecy: SecrecyInput;
  error?: string;
}

export function WebPublicationFields({ value, onChange, document, counterparty, secrecy, error }: Props) {
  const t = useT();
  const { hasRole } = useAuth();
  const rule = defaultWebPublication({
    kind: document.kind, direction: document.direction, secret: secrecy.secret,
    counterpartyName: counterparty.name, counterpartyOrganisation: counterparty.organisation, counterpartyProtected: counterparty.protectedIdentity,
  });
  const mayPublish = rule.publishable && (rule.published || hasRole('registrar', 'secretary', 'admin'));
  const choice = !rule.publishable ? 'default' : value === 'publish' && !mayPublish ? 'default' : value;
  // A choice the facts no longer allow (e.g. the secrecy box ticked after "publish") falls back to the default.
  useEffect(() => {
    if (choice !== value) onChange(choice);
  }, [choice, value, onChange]);
  const published = choice === 'default' ? rule.published : choice === 'publish';
  const outcome = t(rule.published ? 'webPublication.outcomePublished' : 'webPublication.outcomeUnpublished');
  const options = [
    { value: 'default', label: t('webPublication.optionDefault', { outcome }) },
    ...(mayPublish ? [{ value: 'publish', label: t('webPublication.optionPublish') }] : []),
    ...(rule.publishable ? [{ value: 'unpublished', label: t('webPublication.optionUnpublished') }] : []),
  ];
  return (
    <fieldset className="group">
      <legend>{t('webPublication.legend')}</legend>
      <p className="hint">{t('webPublication.intro')}</p>
      <p>{t(`webPublication.reason.${rule.reason}`)}</p>
      {options.length > 1 && (
        <RadioGroup
          name="webPublication"
          legend={t('webPublication.choice')}
          value={choice}
          onValue={(v) => onChange(v as WebPublicationInput)}
          options={options}
          error={error}
        />
      )}
      {rule.publishable && !mayPublish && <p className="hint">{t('webPublication.publishNotAllowed')}</p>}
      <p className="status-line" aria-live="polite">
        <strong>{published ? t('webPublication.willPublish') : t('webPublication.willNotPublish')}</strong>
      </p>
    </fieldset>
  );
}
