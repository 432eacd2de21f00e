import type { CaseBundle, FieldError } from '../../core/cases';
import { DateInput } from '../components/DateInput';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';

/**
 * Who was interviewed, when and by whom: the same three fields for a screening made inside a case and
 * for one attached from the Indicateurs page, so both read and check alike.
 */
export function ScreeningFields(props: {
  /** Prefix of the fields' ids (`attach` → attach-person, attach-date, attach-interviewer). */
  idPrefix: string;
  persons: CaseBundle['persons'];
  personLabel: 'cases.attach.person' | 'cases.screenings.person';
  personId: string;
  onPerson: (id: string) => void;
  personWarning?: string | undefined;
  date: string;
  onDate: (date: string) => void;
  interviewer: string;
  onInterviewer: (name: string) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useT();
  const { idPrefix, persons, errors } = props;
  return (
    <>
      {persons.length > 0 && (
        <Field id={`${idPrefix}-person`} label={t(props.personLabel)} required warning={props.personWarning}>
          {(p) => (
            <select {...p} value={props.personId} onChange={(e) => props.onPerson(e.target.value)}>
              {persons.map((item) => (
                <option
                  key={item.id}
                  value={item.id}
                >{`${item.value.code} · ${t(`cases.role.${item.value.role}`)}`}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id={`${idPrefix}-date`}
        label={t('cases.screenings.date')}
        error={fieldErrorText(t, errorOf(errors, 'date'))}
        required
      >
        {(p) => <DateInput {...p} value={props.date} onChange={props.onDate} />}
      </Field>
      <Field
        id={`${idPrefix}-interviewer`}
        label={t('cases.screenings.interviewer')}
        hint={t('cases.screenings.interviewerHint')}
        error={fieldErrorText(t, errorOf(errors, 'interviewer'))}
        required
      >
        {(p) => (
          <input
            autoComplete="off"
            {...p}
            value={props.interviewer}
            onChange={(e) => props.onInterviewer(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
