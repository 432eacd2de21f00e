import type { ReferralDraft } from '../../core/cases';
import { useT } from '../i18n/useT';
import { useDirectory } from '../referral/useDirectory';
import { Field } from './Field';

/**
 * Chooses an actor from the office directory and copies who it is into the referral: the directory
 * is not encrypted and may change, the referral keeps what it was at the time.
 */
export function DirectoryPicker({
  contactId,
  onPick,
}: {
  contactId: string;
  onPick: (patch: Partial<ReferralDraft>) => void;
}) {
  const { t } = useT();
  const { contacts } = useDirectory();
  const pick = (id: string) => {
    const c = contacts?.find((x) => x.id === id);
    onPick(
      c
        ? {
            contactId: c.id,
            organisation: c.organisation,
            actor: c.role ? `${c.name} (${c.role})` : c.name,
            contactPhone: c.phone,
            contactPhone2: c.phone2,
            contactEmail: c.email,
          }
        : { contactId: '', contactPhone: '', contactPhone2: '', contactEmail: '' },
    );
  };
  return (
    <Field
      id="referral-contact"
      label={t('cases.referral.contact')}
      hint={contacts?.length === 0 ? t('cases.referral.directoryEmpty') : undefined}
    >
      {(p) => (
        <select {...p} value={contactId} onChange={(e) => pick(e.target.value)}>
          <option value="">{t('cases.referral.contactNone')}</option>
          {(contacts ?? []).map((c) => (
            <option key={c.id} value={c.id}>{`${c.organisation} · ${c.name}`}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
