// Labelled form controls with hint and error text wired up through aria-describedby.
// `name` is the API field path (e.g. `counterparty.email`); the element id is derived from it
// so that error summaries can move focus to the field.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n/i18n.tsx';

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

interface BaseProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const t = useT();
  return (
    <label htmlFor={id}>
      {label}
      {required && <span className="required"> {t('form.required')}</span>}
    </label>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

type InputProps = BaseProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextField({ name, label, hint, error, required, value, onValue, className, ...rest }: InputProps) {
  const id = fieldId(name);
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <Label id={id} label={label} required={required} />
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type="text"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        {...rest}
      />
    </div>
  );
}

/** A date typed as YYYY-MM-DD (the Swedish standard), independent of the browser's locale. */
export function DateField({ hint, className, ...rest }: Omit<InputProps, 'type'>) {
  const t = useT();
  return (
    <TextField
      {...rest}
      hint={hint ? <>{hint} {t('form.dateFormat')}</> : t('form.dateFormat')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}"
      className={`field-date${className ? ` ${className}` : ''}`}
    />
  );
}

type TextAreaProps = BaseProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'value' | 'onChange'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextArea({ name, label, hint, error, required, value, onValue, ...rest }: TextAreaProps) {
  const id = fieldId(name);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={label} required={required} />
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={3}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        {...rest}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = BaseProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'value' | 'onChange'> & {
    value: string;
    onValue: (value: string) => void;
    options: Option[];
    /** Options shown after `options` in labelled groups (<optgroup>); empty groups are left out. */
    groups?: OptionGroup[];
    /** Text of an empty first option, e.g. "Välj organ". */
    placeholder?: string;
  };

export interface OptionGroup {
  label: string;
  options: Option[];
}

export function SelectField({
  name,
  label,
  hint,
  error,
  required,
  value,
  onValue,
  options,
  groups,
  placeholder,
  ...rest
}: SelectProps) {
  const id = fieldId(name);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={label} required={required} />
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups
          ?.filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}

type CheckboxProps = Omit<BaseProps, 'required'> & {
  checked: boolean;
  onChecked: (checked: boolean) => void;
  disabled?: boolean;
};

export function CheckboxField({ name, label, hint, error, checked, onChecked, disabled }: CheckboxProps) {
  const id = fieldId(name);
  return (
    <div className={`checkbox${error ? ' has-error' : ''}`}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChecked(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

type RadioGroupProps = Omit<BaseProps, 'label'> & {
  legend: string;
  value: string;
  onValue: (value: string) => void;
  options: Option[];
  inline?: boolean;
};

export function RadioGroup({ name, legend, hint, error, required, value, onValue, options, inline }: RadioGroupProps) {
  const id = fieldId(name);
  const t = useT();
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`radio-group${inline ? ' inline' : ''}${error ? ' has-error' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>
        {legend}
        {required && <span className="required"> {t('form.required')}</span>}
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((o) => (
        <div className="radio" key={o.value}>
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onValue(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
