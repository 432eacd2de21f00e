import type { CourtFile } from '../../core/courtFile';
import { formatDate } from '../i18n/formatDate';
import { fr } from './frenchText';

/** The referrals made for the persons included, as recorded: where, why, with or without consent. */
export function CourtReferrals({ file }: { file: CourtFile }) {
  return (
    <section className="court-section" data-section="referrals">
      <h2>{fr('courtFile.doc.section.referrals')}</h2>
      {file.referrals.length === 0 ? (
        <p>{fr('courtFile.doc.referrals.none')}</p>
      ) : (
        <table className="court-table">
          <thead>
            <tr>
              <th scope="col">{fr('courtFile.doc.referrals.date')}</th>
              <th scope="col">{fr('courtFile.doc.referrals.person')}</th>
              <th scope="col">{fr('courtFile.doc.referrals.to')}</th>
              <th scope="col">{fr('courtFile.doc.referrals.reason')}</th>
              <th scope="col">{fr('courtFile.doc.referrals.consent')}</th>
              <th scope="col">{fr('courtFile.doc.referrals.status')}</th>
            </tr>
          </thead>
          <tbody>
            {file.referrals.map((r) => (
              <tr key={r.id}>
                <td>{formatDate('fr', r.date)}</td>
                <td>{r.personCode}</td>
                <td>{[r.organisation, r.actor].filter(Boolean).join(' — ')}</td>
                <td className="court-text">{r.reason}</td>
                <td>
                  {r.consent
                    ? fr('courtFile.doc.referrals.consentYes', {
                        mode: fr(`cases.consentMode.${r.consentMode || 'oral'}`).toLowerCase(),
                      })
                    : fr('courtFile.doc.referrals.consentNo')}
                </td>
                <td>
                  {fr(`cases.rstatus.${r.status}`)}
                  {r.followUpOn &&
                    ` (${fr('courtFile.doc.referrals.followUp', { date: formatDate('fr', r.followUpOn) })})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
