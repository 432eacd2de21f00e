import { checkDate, checkText, type FieldError, todayIso } from '../../core/cases';

/** A screening's date (not in the future, not before the case opened) and interviewer (required). */
export function screeningFieldErrors(date: string, interviewer: string, openedOn: string): FieldError[] {
  const found: FieldError[] = [];
  checkDate(found, 'date', date, { required: true, today: todayIso(), notBefore: openedOn });
  checkText(found, 'interviewer', interviewer, 120, true);
  return found;
}
