import { PASSPHRASE_MIN_LENGTH } from '../../core/vault';
import { useT } from '../i18n/useT';
import { PassphraseInput } from './PassphraseInput';
import { PassphraseStrength } from './PassphraseStrength';
import type { NewPassphrase } from './useNewPassphrase';

/** Passphrase + confirmation + live strength meter, shared by creation and recovery. */
export function NewPassphraseFields({
  idPrefix,
  value,
  disabled,
  autoFocus,
}: {
  idPrefix: string;
  value: NewPassphrase;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useT();
  return (
    <>
      <p id={`${idPrefix}-help`} className="help">
        {t('vault.create.passphraseHelp', { min: PASSPHRASE_MIN_LENGTH })}
      </p>
      <PassphraseInput
        id={`${idPrefix}-passphrase`}
        label={t('vault.passphrase.label')}
        value={value.passphrase}
        onChange={value.setPassphrase}
        describedBy={`${idPrefix}-help ${idPrefix}-strength`}
        disabled={disabled}
        autoFocus={autoFocus}
      />
      <PassphraseStrength id={`${idPrefix}-strength`} assessment={value.assessment} />
      <PassphraseInput
        id={`${idPrefix}-confirm`}
        label={t('vault.create.confirmLabel')}
        value={value.confirmation}
        onChange={value.setConfirmation}
        describedBy={value.mismatch ? `${idPrefix}-mismatch` : undefined}
        disabled={disabled}
      />
      {value.mismatch && (
        <p id={`${idPrefix}-mismatch`} className="warning">
          {t('vault.create.mismatch')}
        </p>
      )}
    </>
  );
}
