import { useId, useState } from 'react';
import { formatDate, parseAsOf } from '../../core/library';
import { DateInput } from '../components/DateInput';
import { useT } from '../i18n/useT';

/**
 * « En vigueur au… »: the date the texts are read at, said plainly, with a way back to today. The date
 * lives in the address (`?au=`), so a case can open the library at the date of its facts.
 */
export function AsOfBar({
  asOf,
  onChange,
}: {
  asOf: string | undefined;
  onChange: (date: string | undefined) => void;
}) {
  const { t, language } = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState(asOf ?? '');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="as-of"
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        const date = parseAsOf(draft);
        setInvalid(!date);
        if (date) onChange(date);
      }}
    >
      <p className={asOf ? 'as-of-state is-past' : 'as-of-state'} role="status">
        {asOf
          ? t('library.asOf.showing', { date: formatDate(asOf, language) })
          : t('library.asOf.todayShowing')}
      </p>
      <div className="as-of-controls">
        <label htmlFor={id}>{t('library.asOf.label')}</label>
        <DateInput
          id={id}
          value={draft}
          onChange={setDraft}
          {...(invalid ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {})}
        />
        <button type="submit" className="secondary small">
          {t('library.asOf.show')}
        </button>
        {asOf && (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setDraft('');
              setInvalid(false);
              onChange(undefined);
            }}
          >
            {t('library.asOf.today')}
          </button>
        )}
      </div>
      {invalid && (
        <p className="error-message" id={errorId} role="alert">
          {t('library.asOf.invalid')}
        </p>
      )}
    </form>
  );
}
