import { useState } from 'react';
import { isFollowUpDue, isReferralOpen, type Item, type Referral, todayIso } from '../../core/cases';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import type { SectionProps } from './CaseSection';
import { ReferralForm } from './ReferralForm';
import { ReferralSheet } from './ReferralSheet';
import { formatPhone } from '../../core/directory';
import { DeletedItems } from './DeletedItems';
import { ItemTools } from './ItemTools';
import { KINDS } from '../../core/cases';

type Mode =
  { kind: 'list' } | { kind: 'edit'; item?: Item<Referral> } | { kind: 'sheet'; item: Item<Referral> };

export function ReferralsSection({ open, bundle }: SectionProps) {
  const { t, language } = useT();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const today = todayIso();
  const list = () => setMode({ kind: 'list' });
  if (mode.kind === 'edit')
    return <ReferralForm open={open} bundle={bundle} item={mode.item} onDone={list} />;
  if (mode.kind === 'sheet')
    return <ReferralSheet open={open} bundle={bundle} item={mode.item} onClose={list} />;
  const codeOf = (personId: string) => bundle.persons.find((p) => p.id === personId)?.value.code ?? '?';
  return (
    <>
      <p className="case-intro">{t('cases.referrals.intro')}</p>
      {bundle.referrals.length === 0 ? (
        <p>{t('cases.referrals.empty')}</p>
      ) : (
        <ul className="case-items">
          {bundle.referrals.map((item) => {
            const r = item.value;
            const due = r.followUpOn !== '' && isReferralOpen(r) && isFollowUpDue(r.followUpOn, today);
            return (
              <li key={item.id}>
                <span>
                  <strong>
                    {codeOf(r.personId)} → {r.organisation}
                  </strong>{' '}
                  · {formatDate(language, r.date)} · {t(`cases.rstatus.${r.status}`)}
                  {(r.contactPhone || r.contactEmail) && (
                    <span className="case-contact-ways">
                      {[r.contactPhone, r.contactPhone2].filter(Boolean).map((phone) => (
                        <a key={phone} href={`tel:${phone}`}>
                          {formatPhone(phone!)}
                        </a>
                      ))}
                      {r.contactEmail && <span>{r.contactEmail}</span>}
                    </span>
                  )}
                  {r.followUpOn && (
                    <>
                      <br />
                      {due ? (
                        <strong className="case-overdue">
                          {t('cases.referrals.followUpDue', { date: formatDate(language, r.followUpOn) })}
                        </strong>
                      ) : (
                        <span className="case-muted">
                          {t('cases.referrals.followUp', { date: formatDate(language, r.followUpOn) })}
                        </span>
                      )}
                    </>
                  )}
                  <ItemTools
                    open={open}
                    bundle={bundle}
                    recordId={item.id}
                    what={`${codeOf(r.personId)} → ${r.organisation || r.actor}`}
                  />
                </span>
                <span className="case-item-actions">
                  {!open.readOnly && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setMode({ kind: 'edit', item })}
                    >
                      {t('cases.referral.edit')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setMode({ kind: 'sheet', item })}
                  >
                    {t('cases.referral.print')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {open.readOnly ? null : bundle.persons.length === 0 ? (
        <p className="warning">{t('cases.screenings.needPerson')}</p>
      ) : (
        <button type="button" onClick={() => setMode({ kind: 'edit' })}>
          {t('cases.referrals.add')}
        </button>
      )}
      <DeletedItems open={open} bundle={bundle} kinds={[KINDS.referral]} />
    </>
  );
}
