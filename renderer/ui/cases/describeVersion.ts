import { type CaseBundle, decodeCaseRecord, isCaseRecordKind, KINDS } from '../../core/cases';
import { formatDate } from '../i18n/formatDate';
import type { I18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';
import type { Language } from '../i18n/languages';
import { personLine } from './personLine';

/**
 * One version of a record in a line a person recognises ("V-01 · Témoin", a note's text, a
 * referral's organisation and date): the history list and the deleted items show it.
 */
export function describeVersion(
  t: I18n['t'],
  language: Language,
  bundle: CaseBundle,
  kind: string,
  payload: unknown,
): string {
  const label = t(`backup.kind.${isCaseRecordKind(kind) ? kind : 'other'}` as MessageKey);
  if (kind === KINDS.case) return describeCaseFields(t, language, payload);
  if (!isCaseRecordKind(kind)) return label;
  const decoded = decodeCaseRecord(kind, payload);
  if (!decoded.ok) return label;
  const codeOf = (id: string) => bundle.persons.find((p) => p.id === id)?.value.code ?? '?';
  const value = decoded.value as never;
  switch (kind) {
    case KINDS.note:
      return (value as { text: string }).text;
    case KINDS.task: {
      const task = value as { title: string; dueOn: string };
      return task.dueOn ? `${task.title} (${formatDate(language, task.dueOn)})` : task.title;
    }
    case KINDS.person: {
      const person = value as Parameters<typeof personLine>[1];
      return [person.code, t(`cases.role.${person.role}`), personLine(t, person)].filter(Boolean).join(' · ');
    }
    case KINDS.screening: {
      const s = value as { personId: string; date: string; interviewer: string };
      return `${label} : ${t('cases.screenings.item', { person: codeOf(s.personId), date: formatDate(language, s.date), interviewer: s.interviewer })}`;
    }
    case KINDS.referral: {
      const r = value as {
        personId: string;
        organisation: string;
        actor: string;
        date: string;
        status: string;
      };
      return `${label} : ${codeOf(r.personId)} → ${r.organisation || r.actor} · ${formatDate(language, r.date)} · ${t(`cases.rstatus.${r.status}` as MessageKey)}`;
    }
    case KINDS.attachment: {
      const a = value as { name: string; description: string };
      return [`${label} : ${a.name}`, a.description].filter(Boolean).join('\n');
    }
    default:
      return label;
  }
}

function describeCaseFields(t: I18n['t'], language: Language, payload: unknown): string {
  const f = payload as {
    summary?: string;
    openedOn?: string;
    incidentOn?: string;
    place?: { site: string; territory: string; province: string };
  };
  const place = [f.place?.site, f.place?.territory, f.place?.province].filter(Boolean).join(', ');
  const unknown = t('cases.summary.unknown');
  const facts = t('cases.history.case', {
    place: place || unknown,
    incident: f.incidentOn ? formatDate(language, f.incidentOn) : unknown,
    opened: f.openedOn ? formatDate(language, f.openedOn) : unknown,
  });
  return f.summary ? `${facts}\n${f.summary}` : facts;
}
