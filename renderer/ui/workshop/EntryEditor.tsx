import { type ClipboardEvent, type FormEvent, type ReactNode, useState } from 'react';
import type { Entry } from '../../core/content';
import { VERIFICATION_LEVELS } from '../../core/vocabulary';
import {
  checkEntryEdit,
  type CleanedText,
  cleanPastedText,
  hasProblems,
  type EntryEdit,
} from '../../core/workshop';
import { SafeHtml } from '../components/SafeHtml';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { editFromForm, type EntryFormFields, fieldErrors, type FormField, formFromEntry } from './entryForm';
import { PasteReview } from './PasteReview';
import { WorkshopField } from './WorkshopField';

/**
 * One entry side by side: Dalili's summary, its sources and notes on one side; on the other the official
 * text (a paste is cleaned and shown for review), its reference, who keyed and verified it, and the level.
 * Checked with the compiler's rules before it is kept.
 */
export function EntryEditor({
  original,
  shown,
  base,
  today,
  edited,
  onSave,
  onDrop,
  headings,
}: {
  /** The entry as the pack in use has it. */
  original: Entry;
  /** The entry with the workshop's edit applied. */
  shown: Entry;
  /** The original's fingerprint (the edit's base). */
  base: string;
  today: string;
  edited: boolean;
  onSave: (edit: EntryEdit) => Promise<boolean>;
  onDrop: () => Promise<void>;
  /** The headings above the entry and how to mark them (the desk records the edit). */
  headings: ReactNode;
}) {
  const { t } = useT();
  const [fields, setFields] = useState<EntryFormFields>(() => formFromEntry(shown, today));
  const [errors, setErrors] = useState<Partial<Record<FormField, MessageKey>>>({});
  const [message, setMessage] = useState<{ key: MessageKey; tone: 'ok' | 'error' } | null>(null);
  const [paste, setPaste] = useState<{ raw: string; cleaned: CleanedText } | null>(null);
  const set = (name: FormField, value: string) => setFields((f) => ({ ...f, [name]: value }));

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const raw = event.clipboardData.getData('text/plain');
    if (!raw) return;
    event.preventDefault();
    setPaste({ raw, cleaned: cleanPastedText(raw) });
  };
  const keepPaste = (text: string) => {
    set('text', fields.text.trim() ? `${fields.text.trimEnd()}\n\n${text}` : text);
    setPaste(null);
    document.getElementById('workshop-text')?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const edit = editFromForm(original, base, fields);
    const problems = checkEntryEdit(original, edit);
    if (hasProblems(problems)) {
      const found = fieldErrors(problems);
      setErrors(found);
      setMessage({ key: 'workshop.entry.invalid', tone: 'error' });
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`workshop-${first}`)?.focus();
      return;
    }
    setErrors({});
    const saved = await onSave(edit);
    setMessage(
      saved
        ? { key: 'workshop.entry.saved', tone: 'ok' }
        : { key: 'workshop.desk.saveFailed', tone: 'error' },
    );
  };

  const error = (name: FormField) => (errors[name] ? t(errors[name]) : undefined);
  const input = (name: FormField, label: MessageKey, options: { type?: string; hint?: MessageKey } = {}) => (
    <WorkshopField
      id={`workshop-${name}`}
      label={t(label)}
      hint={options.hint && t(options.hint)}
      error={error(name)}
    >
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          autoComplete="off"
          value={fields[name]}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
    </WorkshopField>
  );

  return (
    <div className="workshop-entry-view">
      <section className="workshop-summary" aria-labelledby="workshop-summary-title">
        <h3 lang="fr">{original.citation}</h3>
        <h4 id="workshop-summary-title">{t('workshop.entry.summaryTitle')}</h4>
        <SafeHtml markdown={original.text.fr} lang="fr" className="workshop-summary-text" />
        <h4>{t('workshop.entry.sources')}</h4>
        {original.sources.length === 0 ? (
          <p>{t('workshop.entry.noSource')}</p>
        ) : (
          <ul lang="fr">
            {original.sources.map((s) => (
              <li key={s.id}>
                {s.label} ({s.publisher}){s.publication ? ` — ${s.publication}` : ''}
              </li>
            ))}
          </ul>
        )}
        <h4>{t('workshop.entry.note')}</h4>
        <p lang="fr">{original.verification.note ?? t('workshop.entry.noNote')}</p>
        {headings}
      </section>
      <form
        className="workshop-form"
        onSubmit={(e) => void submit(e)}
        autoComplete="off"
        noValidate
        aria-labelledby="workshop-form-title"
      >
        <h3 id="workshop-form-title">{t('workshop.entry.officialTitle')}</h3>
        <WorkshopField
          id="workshop-text"
          label={t('workshop.entry.text')}
          hint={t('workshop.entry.textHint')}
          error={error('text')}
        >
          {(control) => (
            <textarea
              {...control}
              lang="fr"
              rows={8}
              autoComplete="off"
              value={fields.text}
              onPaste={onPaste}
              onChange={(e) => set('text', e.target.value)}
            />
          )}
        </WorkshopField>
        {paste && (
          <PasteReview
            cleaned={paste.cleaned}
            onKeep={() => keepPaste(paste.cleaned.text)}
            onKeepRaw={() => keepPaste(paste.raw)}
            onCancel={() => setPaste(null)}
          />
        )}
        <fieldset>
          <legend>{t('workshop.entry.reference')}</legend>
          {input('publication', 'workshop.entry.publication', { hint: 'workshop.entry.publicationHint' })}
          <div className="workshop-row">
            {input('number', 'workshop.entry.number')}
            {input('date', 'workshop.entry.date', { type: 'date' })}
            {input('page', 'workshop.entry.page', { hint: 'workshop.entry.pageHint' })}
          </div>
        </fieldset>
        <div className="workshop-row">
          {input('keyedBy', 'workshop.entry.keyedBy')}
          {input('keyedOn', 'workshop.entry.keyedOn', { type: 'date' })}
        </div>
        <div className="workshop-row">
          {input('verifiedBy', 'workshop.entry.verifiedBy')}
          {input('verifiedOn', 'workshop.entry.verifiedOn', { type: 'date' })}
        </div>
        <WorkshopField id="workshop-level" label={t('workshop.entry.level')} error={error('level')}>
          {(control) => (
            <select {...control} value={fields.level} onChange={(e) => set('level', e.target.value)}>
              {VERIFICATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`library.verification.${level}`)}
                </option>
              ))}
            </select>
          )}
        </WorkshopField>
        <WorkshopField id="workshop-note" label={t('workshop.entry.levelNote')} error={error('note')}>
          {(control) => (
            <textarea
              {...control}
              lang="fr"
              rows={2}
              autoComplete="off"
              value={fields.note}
              onChange={(e) => set('note', e.target.value)}
            />
          )}
        </WorkshopField>
        <div className="actions">
          <button type="submit">{t('workshop.entry.save')}</button>
          {edited && (
            <button type="button" className="secondary" onClick={() => void onDrop()}>
              {t('workshop.entry.drop')}
            </button>
          )}
        </div>
        <div aria-live="polite">
          {message && (
            <p
              className={message.tone === 'ok' ? 'success-message' : 'error-message'}
              role={message.tone === 'ok' ? 'status' : 'alert'}
            >
              {t(message.key)}
            </p>
          )}
        </div>
      </form>
    </div>
  );
}
