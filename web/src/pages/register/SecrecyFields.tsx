// Optional secrecy mark at registration (R-REG-5): legal ground and the organ that marks.
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import type { Organ } from '../../types.ts';
import { LEGAL_GROUND_SUGGESTIONS } from '../case/SecrecyPanel.tsx';

export interface SecrecyInput {
  secret: boolean;
  legalGround: string;
  organId: string;
}

export const noSecrecy: SecrecyInput = { secret: false, legalGround: '', organId: '' };

const DEFAULT_LEGAL_GROUND = 'OSL 19 kap. 3 §';

interface Props {
  value: SecrecyInput;
  onChange: (value: SecrecyInput) => void;
  organs: Organ[];
  /** The organ proposed when the box is ticked: that of the chosen case or registry. */
  suggestedOrganId: string;
  errors: Record<string, string>;
}

export function SecrecyFields({ value, onChange, organs, suggestedOrganId, errors }: Props) {
  const t = useT();

  function onSecret(secret: boolean) {
    onChange({
      secret,
      legalGround: secret && !value.legalGround ? DEFAULT_LEGAL_GROUND : value.legalGround,
      organId: secret && !value.organId ? suggestedOrganId : value.organId,
    });
  }

  return (
    <fieldset className="group">
      <legend>{t('secrecy.legend')}</legend>
      <CheckboxField
        name="secrecy"
        label={t('secrecy.markCheckbox')}
        hint={t('secrecy.markCheckboxHint')}
        checked={value.secret}
        onChecked={onSecret}
      />
      {value.secret && (
        <div className="field-row">
          <TextField
            name="secrecy.legalGround"
            label={t('secrecy.legalGround')}
            hint={t('secrecy.legalGroundHint')}
            value={value.legalGround}
            onValue={(legalGround) => onChange({ ...value, legalGround })}
            list="register-legal-grounds"
            error={errors['secrecy.legalGround']}
            required
          />
          <datalist id="register-legal-grounds">
            {LEGAL_GROUND_SUGGESTIONS.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          <SelectField
            name="secrecy.organId"
            label={t('secrecy.organ')}
            hint={t('secrecy.organHint')}
            value={value.organId}
            onValue={(organId) => onChange({ ...value, organId })}
            placeholder={t('common.choose')}
            options={sortBy(organs, (o) => o.name).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
            error={errors['secrecy.organId']}
            required
          />
        </div>
      )}
    </fieldset>
  );
}
