import { useId, useState } from 'react';
import './dateInput.css';
import { formatDateText, parseDateText } from '../i18n/dateText';
import { useT } from '../i18n/useT';

interface Props {
  id?: string;
  value: string;
  /** Receives "YYYY-MM-DD", "" when empty, and, for an impossible date, what `invalid` says. */
  onChange: (value: string) => void;
  /**
   * 'text' (forms): the typed text goes on, so the form's validator refuses it with its message and nothing
   * is saved; 'empty' (filters): an impossible date filters nothing.
   */
  invalid?: 'text' | 'empty';
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
  'aria-label'?: string;
}

/**
 * Dalili's date field: day/month/year in every interface language (never the computer's locale), with the
 * format shown next to it. An impossible date (31/02/2026) stays in the field with a message, never dropped.
 */
export function DateInput({ value, onChange, invalid = 'text', id, ...aria }: Props) {
  const { t } = useT();
  const formatId = useId();
  const [text, setText] = useState(() => formatDateText(value));
  const [emitted, setEmitted] = useState(value);
  const [touched, setTouched] = useState(false);
  // A value set from outside (a draft loaded, a form reset) replaces what is shown.
  if (value !== emitted) {
    setEmitted(value);
    setText(formatDateText(value));
  }
  const parsed = parseDateText(text);
  const showOwnError = touched && parsed.kind === 'invalid' && !aria['aria-invalid'];
  const errorId = `${formatId}-error`;
  const described = [aria['aria-describedby'], formatId, showOwnError ? errorId : '']
    .filter(Boolean)
    .join(' ');

  function change(next: string) {
    setText(next);
    const result = parseDateText(next);
    const out =
      result.kind === 'date' ? result.iso : result.kind === 'empty' || invalid === 'empty' ? '' : next;
    setEmitted(out);
    onChange(out);
  }

  return (
    <span className="date-input">
      <input
        {...aria}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dates.placeholder')}
        size={11}
        maxLength={24}
        value={text}
        aria-describedby={described}
        {...(showOwnError ? { 'aria-invalid': true as const } : {})}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          setTouched(true);
          if (parsed.kind === 'date') setText(formatDateText(parsed.iso));
        }}
      />
      <span className="date-input-format" id={formatId}>
        {t('dates.format')}
      </span>
      {showOwnError && (
        <span className="error-message date-input-error" id={errorId} role="alert">
          {t('dates.invalid')}
        </span>
      )}
    </span>
  );
}
