import { LIMITS, type Note, type Task } from './caseSchemas';
import { checkDate, checkText, type FieldError, type Validation } from './fieldError';

export function validateNote(text: string, at: number): Validation<Note> {
  const errors: FieldError[] = [];
  checkText(errors, 'note', text, LIMITS.note, true);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { v: 1, at, text: text.trim() } };
}

/** A due date may lie in the future (that is the point); it must be a real day. */
export function validateTask(title: string, dueOn: string, done = false): Validation<Task> {
  const errors: FieldError[] = [];
  checkText(errors, 'title', title, LIMITS.short, true);
  checkDate(errors, 'dueOn', dueOn);
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { v: 1, title: title.trim(), dueOn, done } };
}
