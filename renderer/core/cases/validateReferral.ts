import { CONSENT_MODES, REFERRAL_STATUSES, SHAREABLE, type Referral } from './caseSchemas';
import { checkDate, checkText, type FieldError, type Validation } from './fieldError';
import { RECORD_VERSIONS } from './recordVersions';
import { ACTOR_ROLES, isOneOf, REFERRAL_OUTCOMES } from '../vocabulary';

export interface ReferralDraft {
  personId: string;
  contactId: string;
  actor: string;
  organisation: string;
  date: string;
  reason: string;
  consent: boolean;
  consentMode: string;
  shared: string[];
  status: string;
  followUpOn: string;
  /** How to reach the directory contact picked, copied at the time (the directory may change later). */
  contactPhone?: string;
  contactPhone2?: string;
  contactEmail?: string;
  /** Issue 21: '' or a value of ACTOR_ROLES / REFERRAL_OUTCOMES (optional for older callers). */
  serviceType?: string;
  outcome?: string;
}

/**
 * Without consent nothing about the person may be shared: the referral can still be recorded
 * (the service is told a case exists), but the shared list must then be empty.
 */
export function validateReferral(
  draft: ReferralDraft,
  openedOn: string,
  today: string,
): Validation<Referral> {
  const errors: FieldError[] = [];
  if (!/^[0-9a-f]{32}$/.test(draft.personId)) errors.push({ field: 'personId', code: 'required' });
  checkText(errors, 'organisation', draft.organisation, 120, true);
  checkText(errors, 'actor', draft.actor, 120);
  checkDate(errors, 'date', draft.date, { required: true, today, notBefore: openedOn });
  checkText(errors, 'reason', draft.reason, 1000, true);
  checkDate(errors, 'followUpOn', draft.followUpOn, { notBefore: draft.date || openedOn });
  const consentMode = (CONSENT_MODES as readonly string[]).includes(draft.consentMode)
    ? (draft.consentMode as Referral['consentMode'])
    : '';
  if (draft.consent && consentMode === '')
    errors.push({ field: 'consentMode', code: 'consent-mode-required' });
  const shared = draft.shared.filter((s): s is Referral['shared'][number] =>
    (SHAREABLE as readonly string[]).includes(s),
  );
  if (!draft.consent && shared.some((s) => s !== 'reason' && s !== 'place'))
    errors.push({ field: 'shared', code: 'nothing-shared' });
  const status = (REFERRAL_STATUSES as readonly string[]).includes(draft.status)
    ? (draft.status as Referral['status'])
    : 'envoyee';
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      v: RECORD_VERSIONS['case-referral'],
      personId: draft.personId,
      contactId: draft.contactId,
      actor: draft.actor.trim(),
      organisation: draft.organisation.trim(),
      date: draft.date,
      reason: draft.reason.trim(),
      consent: draft.consent,
      consentMode: draft.consent ? consentMode : '',
      shared,
      status,
      followUpOn: draft.followUpOn,
      ...(draft.contactId && draft.contactPhone ? { contactPhone: draft.contactPhone } : {}),
      ...(draft.contactId && draft.contactPhone2 ? { contactPhone2: draft.contactPhone2 } : {}),
      ...(draft.contactId && draft.contactEmail ? { contactEmail: draft.contactEmail } : {}),
      ...(isOneOf(ACTOR_ROLES, draft.serviceType) ? { serviceType: draft.serviceType } : {}),
      ...(isOneOf(REFERRAL_OUTCOMES, draft.outcome) ? { outcome: draft.outcome } : {}),
    },
  };
}
