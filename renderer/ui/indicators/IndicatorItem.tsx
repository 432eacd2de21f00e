import type { Entry } from '../../core/content';
import { MARKS, NOTE_MAX_LENGTH, type Answer } from '../../core/screening';
import { SafeHtml } from '../components/SafeHtml';
import { useT } from '../i18n/useT';
import { libraryHref, localized, localizedList } from './localize';

interface Props {
  entry: Entry;
  answer: Answer | undefined;
  onAnswer: (patch: Partial<Answer>) => void;
  /** The set says its strengths are Dalili's own choice, not the source's: said on every indicator. */
  dalilisStrength?: boolean;
}

/** One indicator: the questions to ask, the four marks, a short note that never leaves the screen. */
export function IndicatorItem({ entry, answer, onAnswer, dalilisStrength = false }: Props) {
  const { t, language } = useT();
  const mark = answer?.mark ?? 'not-asked';
  const domId = entry.id.replace(/[^a-z0-9-]/gi, '-');
  const questions = localizedList(entry.questions, language);
  return (
    <li className={`indicator mark-${mark}`} data-indicator={entry.id}>
      <div className="indicator-head">
        <h3 id={`${domId}-title`}>{entry.heading}</h3>
        {entry.strength && (
          <span className={`strength strength-${entry.strength}`}>
            {t(`screening.strength.${entry.strength}`)}
            {dalilisStrength && (
              <span className="strength-own"> · {t('screening.grouping.strengthShort')}</span>
            )}
          </span>
        )}
      </div>
      {questions.length > 0 && (
        <div className="questions">
          <p className="questions-label">{t('screening.questions')}</p>
          <ul>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="indicator-explain">
        <summary>{t('screening.explain')}</summary>
        <SafeHtml markdown={localized(entry.text, language)} className="entry-text" />
        <a href={libraryHref(entry.id)}>{t('screening.openInLibrary')}</a>
      </details>
      <fieldset className="marks" aria-labelledby={`${domId}-title`}>
        {MARKS.map((value) => (
          <label key={value} className={`mark-option mark-option-${value}`}>
            <input
              type="radio"
              name={`mark-${domId}`}
              value={value}
              checked={mark === value}
              onChange={() => onAnswer({ mark: value })}
            />
            {t(`screening.mark.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="note">
        <span>{t('screening.note.label')}</span>
        <textarea
          autoComplete="off"
          rows={1}
          maxLength={NOTE_MAX_LENGTH}
          value={answer?.note ?? ''}
          onChange={(e) => onAnswer({ note: e.target.value })}
        />
      </label>
    </li>
  );
}
