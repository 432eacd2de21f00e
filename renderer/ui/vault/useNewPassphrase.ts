import { useMemo, useState } from 'react';
import type { PassphraseAssessment } from '../../core/vault';
import { usePassphraseChecker } from './usePassphraseChecker';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
  setPassphrase: (value: string) => void;
  setConfirmation: (value: string) => void;
  assessment: PassphraseAssessment | null;
  mismatch: boolean;
  /** Strong enough and confirmed: the form may submit (core checks the rules again anyway). */
  ready: boolean;
  clear: () => void;
}

export function useNewPassphrase(userInputs: readonly string[]): NewPassphrase {
  const check = usePassphraseChecker();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const inputsKey = userInputs.join('\u0000');
  const assessment = useMemo(
    () => (check && passphrase ? check(passphrase, inputsKey ? inputsKey.split('\u0000') : []) : null),
    [check, passphrase, inputsKey],
  );
  const mismatch = confirmation.length > 0 && confirmation !== passphrase;
  return {
    passphrase,
    confirmation,
    setPassphrase,
    setConfirmation,
    assessment,
    mismatch,
    ready: assessment?.acceptable === true && confirmation === passphrase,
    clear: () => {
      setPassphrase('');
      setConfirmation('');
    },
  };
}
