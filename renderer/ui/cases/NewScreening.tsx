import { useRef, useState, type FormEvent } from 'react';
import {
  audienceForPerson,
  type CaseBundle,
  type CaseScreening,
  type FieldError,
  type Item,
  KINDS,
  todayIso,
} from '../../core/cases';
import type { LoadedPack } from '../../core/content';
import { indicatorSetsFor, newScreening, type Screening } from '../../core/screening';
import { useT } from '../i18n/useT';
import { ScreeningTool } from '../indicators/ScreeningTool';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';
import { ScreeningFields } from './ScreeningFields';
import { screeningFieldErrors } from './screeningFieldErrors';

/**
 * The indicators tool, inside a case: who was interviewed, when, by whom, then the questions. With
 * `item`, a saved screening reopens with its answers to be corrected (issue 18): saved as a new
 * version of the same record, the previous one kept in its history; its reading is recomputed.
 */
export function NewScreening({
  pack,
  open,
  bundle,
  item,
  onDone,
}: {
  pack: LoadedPack;
  open: OpenCase;
  bundle: CaseBundle;
  item?: Item<CaseScreening> | undefined;
  onDone: () => void;
}) {
  const { t } = useT();
  const [personId, setPersonId] = useState(item?.value.personId ?? bundle.persons[0]?.id ?? '');
  const [date, setDate] = useState(item?.value.date ?? todayIso());
  const [interviewer, setInterviewer] = useState(item?.value.interviewer ?? '');
  // The person's recorded age chooses the list (child under 18); the interviewer can still change it.
  const preselect = (id: string): Screening | undefined => {
    const audience = audienceForPerson(bundle.persons.find((p) => p.id === id)?.value);
    if (!audience) return undefined;
    return newScreening(
      audience,
      indicatorSetsFor(pack.documents, pack.entriesById, audience)[0]?.document.id ?? '',
    );
  };
  const [screening, setScreening] = useState<Screening | undefined>(() =>
    item ? item.value.screening : preselect(bundle.persons[0]?.id ?? ''),
  );
  const chosenPerson = bundle.persons.find((p) => p.id === personId)?.value;
  const preselected =
    !item && screening !== undefined && audienceForPerson(chosenPerson) === screening.audience;
  const choosePerson = (id: string) => {
    setPersonId(id);
    // Answers already given are never thrown away: only an untouched screening follows the person.
    if (!screening || Object.keys(screening.answers).length === 0) setScreening(preselect(id));
  };
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = screeningFieldErrors(date, interviewer, bundle.file.openedOn);
    const answered = screening !== undefined && Object.keys(screening.answers).length > 0;
    setErrors(found);
    setIncomplete(!answered);
    if (found.length > 0 || !answered || !screening) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const payload: CaseScreening = { v: 1, personId, date, interviewer: interviewer.trim(), screening };
    const ok = await open.save({
      action: 'screening',
      put: [{ ...(item ? { id: item.id } : {}), kind: KINDS.screening, payload }],
    });
    if (ok) onDone();
    else setFailed(true);
  };

  return (
    <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
      {item && (
        <p className="notice" role="status">
          {t('cases.screenings.editing')}
        </p>
      )}
      <FormErrors errors={errors} failed={failed} focusRef={summaryRef} />
      {incomplete && (
        <p className="error-message" role="alert">
          {t('cases.screenings.noAnswers')}
        </p>
      )}
      <div className="case-grid">
        <ScreeningFields
          idPrefix="screening"
          persons={bundle.persons}
          personLabel="cases.screenings.person"
          personId={personId}
          onPerson={choosePerson}
          date={date}
          onDate={setDate}
          interviewer={interviewer}
          onInterviewer={setInterviewer}
          errors={errors}
        />
      </div>
      {preselected && chosenPerson && screening && (
        <p className="notice" role="status">
          {t(
            screening.audience === 'child'
              ? 'cases.screenings.preselectedChild'
              : 'cases.screenings.preselectedAdult',
            {
              code: chosenPerson.code,
            },
          )}
        </p>
      )}
      <div className="case-screening-tool">
        <ScreeningTool pack={pack} value={screening} onChange={setScreening} />
      </div>
      <div className="case-actions case-sticky-actions">
        <button type="submit">{item ? t('cases.item.save') : t('cases.screenings.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cases.form.cancel')}
        </button>
      </div>
    </form>
  );
}
