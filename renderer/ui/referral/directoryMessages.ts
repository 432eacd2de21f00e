import { type FieldError, type ImportError, MAX_CONTACTS } from '../../core/directory';
import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/translate';

type Message = { key: MessageKey; params?: MessageParams };

export function fieldErrorMessage(error: FieldError): Message {
  if (error.code === 'unknown-field')
    return { key: 'directory.error.unknown-field', params: { key: error.key } };
  if (error.code.startsWith('phone:')) {
    const phoneCode = error.code.slice('phone:'.length);
    const known = ['empty', 'invalid-characters', 'wrong-length', 'invalid', 'unknown-country'] as const;
    const code = known.find((k) => k === phoneCode) ?? 'invalid';
    return { key: `directory.error.phone.${code}` };
  }
  return { key: `directory.error.${error.code as 'required' | 'too-long' | 'invalid' | 'email'}` };
}

/** Import errors say what was wrong and, always, that the directory was left as it was. */
export function importErrorMessage(
  error: ImportError,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  if (error.code === 'invalid-contact') {
    const field = error.error.field ? t(`directory.field.${error.error.field}`) : '';
    const problem = fieldErrorMessage(error.error);
    return t('directory.import.invalid-contact', {
      index: error.index + 1,
      field,
      problem: t(problem.key, problem.params),
    });
  }
  return t(`directory.import.${error.code}`, { max: MAX_CONTACTS });
}
