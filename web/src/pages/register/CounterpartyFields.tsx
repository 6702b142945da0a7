// Sender/recipient (avsändare/mottagare) of a document, with the protected-identity flag (R-REG-7).
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';

export interface CounterpartyInput {
  name: string;
  organisation: string;
  address: string;
  email: string;
  protectedIdentity: boolean;
}

export const emptyCounterparty: CounterpartyInput = {
  name: '',
  organisation: '',
  address: '',
  email: '',
  protectedIdentity: false,
};

interface Props {
  value: CounterpartyInput;
  onChange: (value: CounterpartyInput) => void;
  errors: Record<string, string>;
}

export function CounterpartyFields({ value, onChange, errors }: Props) {
  const t = useT();
  const set = <K extends keyof CounterpartyInput>(key: K, v: CounterpartyInput[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="group">
      <legend>{t('counterparty.legend')}</legend>
      <p className="help">{t('counterparty.intro')}</p>
      <div className="field-row">
        <TextField
          name="counterparty.name"
          label={t('counterparty.name')}
          value={value.name}
          onValue={(v) => set('name', v)}
          error={errors['counterparty.name']}
          autoComplete="off"
        />
        <TextField
          name="counterparty.organisation"
          label={t('counterparty.organisation')}
          value={value.organisation}
          onValue={(v) => set('organisation', v)}
          error={errors['counterparty.organisation']}
          autoComplete="off"
        />
      </div>
      <div className="field-row">
        <TextField
          name="counterparty.address"
          label={t('counterparty.address')}
          value={value.address}
          onValue={(v) => set('address', v)}
          error={errors['counterparty.address']}
          autoComplete="off"
        />
        <TextField
          name="counterparty.email"
          label={t('counterparty.email')}
          type="email"
          value={value.email}
          onValue={(v) => set('email', v)}
          error={errors['counterparty.email']}
          autoComplete="off"
        />
      </div>
      <CheckboxField
        name="counterparty.protectedIdentity"
        label={t('counterparty.protectedIdentity')}
        hint={t('counterparty.protectedIdentityHint')}
        checked={value.protectedIdentity}
        onChecked={(v) => set('protectedIdentity', v)}
        error={errors['counterparty.protectedIdentity']}
      />
    </fieldset>
  );
}
