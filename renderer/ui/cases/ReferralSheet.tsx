import { type CaseBundle, formatCaseNumber, type Item, type Referral } from '../../core/cases';
import { formatDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/catalog';
import { translateLoaded } from '../i18n/catalogStore';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import type { OpenCase } from './useCase';
import { useOpenVault } from '../vault/useOpenVault';
import { formatPhone } from '../../core/directory';
import { useOfficeSettings } from '../settings/officeSettings';
import { personContactWays } from './personContactWays';

// The fiche de référence is a French document whatever the interface language: it goes to another
// service. It holds only what the person agreed to share; anything unticked is simply absent.
// NamespaceGate loads every page's namespaces in French too, whatever the interface language.
const fr = (key: MessageKey, params?: Record<string, string | number>) => translateLoaded('fr', key, params);

function sharedLines(bundle: CaseBundle, r: Referral): [string, string][] {
  const person = bundle.persons.find((p) => p.id === r.personId)?.value;
  const lines: [string, string][] = [];
  const add = (key: Referral['shared'][number], value: string) =>
    r.shared.includes(key) && value !== '' && lines.push([fr(`cases.shared.${key}`), value]);
  if (person) {
    add('code', person.code);
    add('initials', person.initials);
    add(
      'age',
      person.age !== null
        ? fr('cases.person.ageText', { age: person.age })
        : person.ageGroup !== 'unknown'
          ? fr(`cases.ageGroup.${person.ageGroup}`)
          : '',
    );
    add('sex', person.sex !== 'unknown' ? fr(`cases.sex.${person.sex}`) : '');
    add('nationality', person.nationality);
    add('languages', person.languages);
    add('vulnerabilities', person.vulnerabilities.map((v) => fr(`cases.vuln.${v}`)).join(', '));
    if (r.consent) add('contact', personContactWays(person).join(' · '));
  }
  add('place', [bundle.file.place.territory, bundle.file.place.province].filter(Boolean).join(', '));
  add('reason', r.reason);
  return lines;
}

export function ReferralSheet({
  open,
  bundle,
  item,
  onClose,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  item: Item<Referral>;
  onClose: () => void;
}) {
  const { t } = useT();
  const platform = usePlatform();
  // The notebook's label ("Bureau Walikale"): what the office chose to show, never a person.
  const office = useOpenVault()?.profile.name ?? '';
  // The referring service and how to call it back, from Paramètres; never guessed when missing.
  const details = useOfficeSettings();
  const officeLines: [MessageKey, string][] = [
    ['office.sheet.service', details.service],
    ['office.sheet.phone', details.phone === '' ? '' : formatPhone(details.phone)],
    ['office.sheet.email', details.email],
  ];
  const incomplete = officeLines.some(([, value]) => value === '');
  const r = item.value;
  const lines = sharedLines(bundle, r);
  const print = async () => {
    // Journalled before printing: a print that is cancelled still shows the intent, which is safer.
    await open.save({ action: 'printed' });
    await platform.printToPdf(`fiche-reference-${formatCaseNumber(bundle.file.number)}.pdf`);
  };
  return (
    <div className="case-sheet-wrapper">
      <p className="notice case-no-print">
        {t(r.consent ? 'cases.sheet.notice' : 'cases.sheet.noticeNoConsent')}
      </p>
      {incomplete && (
        <p className="warning case-no-print">
          {t('office.sheet.missing')} <a href="#/parametres/bureau">{t('office.sheet.missingLink')}</a>
        </p>
      )}
      <div className="case-sheet-actions case-no-print">
        <button type="button" onClick={() => void print()}>
          {t('cases.sheet.print')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cases.sheet.close')}
        </button>
      </div>
      <article className="case-sheet" lang="fr">
        <h4>{fr('cases.sheet.title')}</h4>
        <dl>
          <dt>{fr('cases.sheet.case')}</dt>
          <dd>{formatCaseNumber(bundle.file.number)}</dd>
          <dt>{fr('cases.sheet.date')}</dt>
          <dd>{formatDate('fr', r.date)}</dd>
          {officeLines.map(([key, value]) => (
            <div key={key} className="case-sheet-line">
              <dt>{fr(key)}</dt>
              <dd className={value === '' ? 'case-sheet-missing' : undefined}>
                {value || fr('office.sheet.toComplete')}
              </dd>
            </div>
          ))}
          {office && (
            <>
              <dt>{fr('cases.sheet.from')}</dt>
              <dd>{office}</dd>
            </>
          )}
          <dt>{fr('cases.sheet.to')}</dt>
          <dd>{[r.organisation, r.actor].filter(Boolean).join(' — ')}</dd>
          <dt>{fr('cases.sheet.consent')}</dt>
          <dd>
            {r.consent
              ? fr('cases.sheet.consentGiven', {
                  mode: fr(`cases.consentMode.${r.consentMode || 'oral'}`).toLowerCase(),
                })
              : fr('cases.referral.noConsent')}
          </dd>
          {r.followUpOn && (
            <>
              <dt>{fr('cases.sheet.followUp')}</dt>
              <dd>{formatDate('fr', r.followUpOn)}</dd>
            </>
          )}
        </dl>
        <h5>{fr('cases.sheet.person')}</h5>
        <dl>
          {lines.map(([label, value]) => (
            <div key={label} className="case-sheet-line">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {/* Never "at the person's request" unless the person was asked and agreed (issue 18, point 8). */}
        <p>{fr(r.consent ? 'cases.sheet.notSharedConsent' : 'cases.sheet.notSharedNoConsent')}</p>
        <p className="case-sheet-signature">{fr('cases.sheet.signature')}</p>
      </article>
    </div>
  );
}
