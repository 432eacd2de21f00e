import { useState } from 'react';
import type { LockReason, ProfileSummary } from '../../core/vault';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { CreateVaultForm } from './CreateVaultForm';
import { EraseNotebookForm } from './EraseNotebookForm';
import { ProfileChooser } from './ProfileChooser';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { UnlockForm } from './UnlockForm';
import { draftAtLastLock } from './pendingSaves';

type Step =
  | { kind: 'choose' }
  | { kind: 'create' }
  | { kind: 'unlock'; profile: ProfileSummary }
  | { kind: 'recover'; profile: ProfileSummary }
  | { kind: 'erase'; profile: ProfileSummary };

/** Everything shown while no notebook is open: why it locked, the chooser, and the ways in. */
export function LockedVault({ lastLock }: { lastLock: LockReason | null }) {
  const { t } = useT();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  // Read once: what happened to a note being typed when the notebook locked.
  const [draft] = useState(draftAtLastLock);
  const [erased, setErased] = useState<string | null>(null);
  return (
    <>
      {lastLock !== null && (
        <p className="notice" role="status">
          {t(`vault.lock.reason.${lastLock}` as MessageKey)}
        </p>
      )}
      {lastLock !== null && draft !== null && (
        <p className={draft === 'kept' ? 'notice' : 'warning'} role="status">
          {t(draft === 'kept' ? 'vault.lock.draftKept' : 'vault.lock.draftLost')}
        </p>
      )}
      {erased !== null && step.kind === 'choose' && (
        <p className="notice" role="status">
          {t('vault.erase.done', { name: erased })}
        </p>
      )}
      {step.kind === 'choose' && (
        <ProfileChooser
          onChoose={(profile) => {
            setErased(null);
            setStep({ kind: 'unlock', profile });
          }}
          onCreate={() => {
            setErased(null);
            setStep({ kind: 'create' });
          }}
        />
      )}
      {step.kind === 'create' && <CreateVaultForm onCancel={() => setStep({ kind: 'choose' })} />}
      {step.kind === 'unlock' && (
        <UnlockForm
          key={step.profile.id}
          profile={step.profile}
          onRecovery={() => setStep({ kind: 'recover', profile: step.profile })}
          onBack={() => setStep({ kind: 'choose' })}
          onErase={() => setStep({ kind: 'erase', profile: step.profile })}
        />
      )}
      {step.kind === 'erase' && (
        <EraseNotebookForm
          profile={step.profile}
          onCancel={() => setStep({ kind: 'unlock', profile: step.profile })}
          onErased={() => {
            setErased(step.profile.name);
            setStep({ kind: 'choose' });
          }}
        />
      )}
      {step.kind === 'recover' && (
        <RecoveryUnlockForm
          profile={step.profile}
          onBack={() => setStep({ kind: 'unlock', profile: step.profile })}
        />
      )}
    </>
  );
}
