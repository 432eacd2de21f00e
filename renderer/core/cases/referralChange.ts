import type { CaseChange } from './caseCommit';
import { KINDS, type CaseFile, type Referral } from './caseSchemas';
import { withStatus } from './caseStatus';

export interface ReferralChangeOptions {
  /** The referral edited; absent for a new one. */
  id?: string;
  /** The person ticked "also set the case to Orienté". Never assumed (issue 18, point 8). */
  markOriented: boolean;
  /** When the change is recorded (ms). */
  at: number;
}

/**
 * The change that saves a referral. The case's status moves only when the person asks for it, and
 * only for a referral the person consented to: a referral saved without consent records that a
 * service was told about the case, it does not make the case "orienté" behind anyone's back.
 */
export function referralChange(
  file: CaseFile,
  referral: Referral,
  options: ReferralChangeOptions,
): CaseChange {
  const orient = options.markOriented && referral.consent && file.status === 'ouvert';
  return {
    action: 'referral',
    ...(orient ? { file: withStatus(file, 'oriente', referral.date, options.at) } : {}),
    put: [
      { ...(options.id !== undefined ? { id: options.id } : {}), kind: KINDS.referral, payload: referral },
    ],
  };
}

/** Whether the referral form may offer to move the case to "orienté". */
export function canMarkOriented(file: Pick<CaseFile, 'status'>, consent: boolean, isNew: boolean): boolean {
  return isNew && consent && file.status === 'ouvert';
}
