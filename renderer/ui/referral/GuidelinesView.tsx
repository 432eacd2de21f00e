import type { LoadedPack } from '../../core/content';
import { SafeHtml } from '../components/SafeHtml';
import { libraryHref, localized } from '../indicators/localize';
import { useT } from '../i18n/useT';

const GENERAL_GUIDELINE = 'orientation-generale';

/** The referral guidelines, one document after another, each step folded so the page stays calm. */
export function GuidelinesView({ pack }: { pack: LoadedPack }) {
  const { t, language } = useT();
  // The general guideline is the one every referral starts from; the specific ones follow in pack order.
  const guidelines = pack.documents
    .filter((d) => d.kind === 'guideline')
    .sort((a, b) => Number(b.id === GENERAL_GUIDELINE) - Number(a.id === GENERAL_GUIDELINE));
  if (guidelines.length === 0) return <p className="help">{t('directory.guidelines.none')}</p>;
  return (
    <div className="guidelines">
      <p className="referral-intro">{t('directory.guidelines.intro')}</p>
      <ul className="guideline-index" aria-label={t('directory.guidelines.index')}>
        {guidelines.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => document.getElementById(`guideline-${doc.id}`)?.scrollIntoView()}
            >
              {localized(doc.shortName, language)}
            </button>
          </li>
        ))}
      </ul>
      {guidelines.map((doc) => (
        <section key={doc.id} className="guideline" aria-labelledby={`guideline-${doc.id}`}>
          <h2 id={`guideline-${doc.id}`}>{localized(doc.title, language)}</h2>
          {doc.summary && (
            <SafeHtml markdown={localized(doc.summary, language)} className="guideline-summary" />
          )}
          <ol className="steps">
            {doc.entryIds.map((id) => {
              const step = pack.entriesById.get(id);
              if (!step) return null;
              return (
                <li key={id} id={`step-${id.replace('/', '--')}`}>
                  <details>
                    <summary>{step.heading}</summary>
                    <SafeHtml markdown={localized(step.text, language)} className="entry-text" />
                    <p className="step-links">
                      <a href={libraryHref(id)}>{t('directory.guidelines.openInLibrary')}</a>
                      {step.verification.status === 'a-verifier' && (
                        <span className="to-verify"> · {t('screening.toVerify')}</span>
                      )}
                    </p>
                  </details>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
