import { useState, type FormEvent } from 'react';
import { isMonth, monthsBetween, quarterOf } from '../../core/statistics';
import { Field } from '../cases/Field';
import { useT } from '../i18n/useT';

export interface Period {
  from: string;
  to: string;
}

/** YYYY-MM ⇄ mm/aaaa: months are typed and shown month first, like dates (README, _Decisions_). */
export const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
const parseMonth = (text: string) => {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  const iso = m ? `${m[2]}-${m[1]!.padStart(2, '0')}` : '';
  return isMonth(iso) ? iso : null;
};

export function presetPeriods(today: string): Record<'thisQuarter' | 'lastQuarter' | 'thisYear', Period> {
  const month = today.slice(0, 7);
  const current = quarterOf(month);
  const year = Number(current.from.slice(0, 4));
  const first = Number(current.from.slice(5, 7));
  const before = quarterOf(first === 1 ? `${year - 1}-12` : `${year}-${String(first - 1).padStart(2, '0')}`);
  return {
    thisQuarter: { from: current.from, to: current.to },
    lastQuarter: { from: before.from, to: before.to },
    thisYear: { from: `${month.slice(0, 4)}-01`, to: `${month.slice(0, 4)}-12` },
  };
}

/** The period's first and last months, typed or picked from three presets. Errors are said, never guessed. */
export function PeriodPicker({
  period,
  today,
  onChange,
}: {
  period: Period;
  today: string;
  onChange: (p: Period) => void;
}) {
  const { t } = useT();
  const [from, setFrom] = useState(monthText(period.from));
  const [to, setTo] = useState(monthText(period.to));
  const [error, setError] = useState<{ field: 'from' | 'to'; text: string } | null>(null);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const a = parseMonth(from);
    const b = parseMonth(to);
    if (a === null) return setError({ field: 'from', text: t('statistics.error.month') });
    if (b === null) return setError({ field: 'to', text: t('statistics.error.month') });
    if (b < a) return setError({ field: 'to', text: t('statistics.error.order') });
    if (monthsBetween(a, b).length > 120)
      return setError({ field: 'to', text: t('statistics.error.tooLong') });
    setError(null);
    onChange({ from: a, to: b });
  };
  const presets = presetPeriods(today);
  const choose = (p: Period) => {
    setFrom(monthText(p.from));
    setTo(monthText(p.to));
    setError(null);
    onChange(p);
  };
  return (
    <form autoComplete="off" className="stat-period panel" onSubmit={apply} noValidate>
      <fieldset className="case-fieldset">
        <legend>{t('statistics.period.legend')}</legend>
        <div className="stat-period-row">
          <Field
            id="stat-from"
            label={t('statistics.period.from')}
            hint={t('statistics.period.hint')}
            error={error?.field === 'from' ? error.text : undefined}
          >
            {(p) => (
              <input
                autoComplete="off"
                {...p}
                size={9}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="stat-to"
            label={t('statistics.period.to')}
            error={error?.field === 'to' ? error.text : undefined}
          >
            {(p) => (
              <input autoComplete="off" {...p} size={9} value={to} onChange={(e) => setTo(e.target.value)} />
            )}
          </Field>
          <button type="submit">{t('statistics.period.apply')}</button>
        </div>
        <div className="stat-presets">
          {(['thisQuarter', 'lastQuarter', 'thisYear'] as const).map((name) => (
            <button key={name} type="button" className="secondary" onClick={() => choose(presets[name])}>
              {t(`statistics.period.${name}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
