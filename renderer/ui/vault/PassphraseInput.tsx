import { useState, type ChangeEvent } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

/** A password field with a show/hide toggle; never autocompleted, never spell-checked. */
export function PassphraseInput({ id, label, value, onChange, describedBy, autoFocus, disabled }: Props) {
  const { t } = useT();
  const [visible, setVisible] = useState(false);
  return (
    <div className="vault-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        disabled={disabled}
      />
      <label className="vault-show">
        <input
          type="checkbox"
          checked={visible}
          onChange={(e) => setVisible(e.target.checked)}
          disabled={disabled}
        />
        {t('vault.passphrase.show')}
      </label>
    </div>
  );
}
