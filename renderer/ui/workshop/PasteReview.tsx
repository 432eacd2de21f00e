import type { CleanedText } from '../../core/workshop';
import { useT } from '../i18n/useT';

/** The cleaned paste, shown with every change made, before the person keeps it (or the raw paste). */
export function PasteReview({
  cleaned,
  onKeep,
  onKeepRaw,
  onCancel,
}: {
  cleaned: CleanedText;
  onKeep: () => void;
  onKeepRaw: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  return (
    <section className="paste-review" aria-labelledby="paste-review-title">
      <h4 id="paste-review-title">{t('workshop.paste.title')}</h4>
      {cleaned.changes.length === 0 ? (
        <p>{t('workshop.paste.none')}</p>
      ) : (
        <>
          <p>{t('workshop.paste.changes')}</p>
          <ul className="paste-changes">
            {cleaned.changes.map((change) => (
              <li key={change.kind}>
                {t(`workshop.paste.${change.kind}`, {
                  count: change.count,
                  examples: change.examples.map((e) => `« ${e} »`).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <pre className="paste-cleaned" lang="fr" tabIndex={0} aria-label={t('workshop.paste.title')}>
        {cleaned.text}
      </pre>
      <div className="actions">
        <button type="button" onClick={onKeep}>
          {t('workshop.paste.keep')}
        </button>
        <button type="button" className="secondary" onClick={onKeepRaw}>
          {t('workshop.paste.keepRaw')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('workshop.paste.cancel')}
        </button>
      </div>
    </section>
  );
}
