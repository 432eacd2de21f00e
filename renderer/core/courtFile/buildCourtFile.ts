import { type CaseBundle, formatCaseNumber } from '../cases';
import type { ContentDocument, Entry } from '../content';
import { entryAt, hasVersions, legalCitation } from '../library';
import { indicatorSetsFor, listsUsed } from '../screening';
import { type CourtFileChoice, isChild, settleChoice } from './courtFileChoice';
import type { CourtArticle, CourtFile, CourtScreening, CourtScreeningList } from './courtFileModel';

/** The parts of the content pack the court file reads (a LoadedPack has them). */
export interface CourtFileContent {
  documents: readonly ContentDocument[];
  documentsById: ReadonlyMap<string, ContentDocument>;
  entriesById: ReadonlyMap<string, Entry>;
}

export interface CourtFileContext {
  /** ISO day of preparation. */
  preparedOn: string;
  office: string;
  service: string;
  /** SHA-256 of each attachment's decrypted bytes by attachment id; null when they could not be read. */
  fingerprints: ReadonlyMap<string, string | null>;
  /** Whether the journal's chain and the case's bindings checked out when the file was prepared. */
  journalIntact: boolean;
}

function screeningLists(
  screening: CaseBundle['screenings'][number]['value']['screening'],
  content: CourtFileContent,
): CourtScreeningList[] {
  const sets = indicatorSetsFor(content.documents, content.entriesById, screening.audience);
  return listsUsed(screening, sets, screening.setId).map(({ set, summary, answered }) => ({
    setId: set.document.id,
    name: set.document.shortName.fr,
    ...(set.document.coverage ? { coverage: set.document.coverage } : {}),
    reading: summary.reading,
    marked: answered.map(({ entry, mark }) => ({
      id: entry.id,
      heading: entry.heading,
      mark,
      ...(entry.strength ? { strength: entry.strength } : {}),
    })),
  }));
}

/** An article as the qualification cites it: the version in force on the date of the facts when known. */
function article(id: string, content: CourtFileContent, incidentOn: string): CourtArticle {
  const latest = content.entriesById.get(id);
  if (!latest)
    return {
      id,
      citation: id,
      heading: '',
      nature: 'resume',
      level: 'a-verifier',
      noVersionAtFacts: false,
      missing: true,
    };
  const at = incidentOn !== '' && hasVersions(latest) ? entryAt(latest, incidentOn) : undefined;
  const entry = at?.entry ?? latest;
  const inForce = at?.inForce ?? entry.inForce;
  return {
    id,
    citation: legalCitation(entry),
    heading: entry.heading,
    nature: entry.official ? 'texte' : entry.nature,
    level: entry.verification.status,
    ...(inForce ? { inForce } : {}),
    noVersionAtFacts: at?.state === 'none',
    missing: false,
  };
}

/**
 * The court file for a case as chosen (pure: the same case, choice, content and context give the same
 * document). Persons not chosen take their screenings and referrals with them; a section not chosen is
 * empty. Content is copied as typed; nothing is reworded or inferred.
 */
export function buildCourtFile(
  bundle: CaseBundle,
  requested: CourtFileChoice,
  content: CourtFileContent,
  context: CourtFileContext,
): CourtFile {
  const choice = settleChoice(bundle, requested);
  const has = (section: CourtFile['sections'][number]) => choice.sections.includes(section);
  const chosen = new Set(choice.persons);
  const codeOf = new Map(bundle.persons.map((p) => [p.id, p.value.code]));
  const file = bundle.file;
  const screenings: CourtScreening[] = bundle.screenings
    .filter((s) => chosen.has(s.value.personId))
    .map((s) => {
      const lists = screeningLists(s.value.screening, content);
      return {
        id: s.id,
        date: s.value.date,
        personCode: codeOf.get(s.value.personId) ?? '',
        ...(choice.interviewers ? { interviewer: s.value.interviewer } : {}),
        lists,
        setMissing: lists.length === 0 && !content.documentsById.has(s.value.screening.setId),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const child = choice.kind === 'enfant' ? bundle.persons.find((p) => chosen.has(p.id)) : undefined;
  return {
    kind: choice.kind,
    number: formatCaseNumber(file.number),
    preparedOn: context.preparedOn,
    openedOn: file.openedOn,
    incidentOn: file.incidentOn,
    status: file.status,
    office: context.office,
    service: context.service,
    role: choice.role,
    ...(child ? { childCode: child.value.code } : {}),
    sections: choice.sections,
    summary: { text: has('summary') ? file.summary : '', place: file.place },
    persons: !has('persons')
      ? []
      : bundle.persons
          .filter((p) => chosen.has(p.id))
          .map(({ id, value: p }) => ({
            id,
            code: p.code,
            role: p.role,
            initials: p.initials,
            age: p.age,
            ageGroup: p.ageGroup,
            sex: p.sex,
            nationality: p.nationality,
            languages: p.languages,
            vulnerabilities: p.vulnerabilities,
            child: isChild(p),
            ...(choice.identities.includes(id)
              ? { identity: { phone: p.phone, phone2: p.phone2, email: p.email, contactNote: p.contactNote } }
              : {}),
          })),
    screenings: has('screenings') ? screenings : [],
    qualification: has('qualification')
      ? file.infractions.map((id) => article(id, content, file.incidentOn))
      : [],
    referrals: !has('referrals')
      ? []
      : bundle.referrals
          .filter((r) => chosen.has(r.value.personId))
          .map(({ id, value: r }) => ({
            id,
            date: r.date,
            personCode: codeOf.get(r.personId) ?? '',
            organisation: r.organisation,
            actor: r.actor,
            reason: r.reason,
            consent: r.consent,
            consentMode: r.consentMode,
            status: r.status,
            followUpOn: r.followUpOn,
          }))
          .sort((a, b) => a.date.localeCompare(b.date)),
    journal: {
      entries: has('journal')
        ? bundle.audit.map((e) => ({
            seq: e.seq,
            at: e.at,
            action: e.action,
            ...(e.included ? { included: e.included } : {}),
          }))
        : [],
      count: file.audit.count,
      head: file.audit.head,
      intact: context.journalIntact,
    },
    notes: has('notes')
      ? bundle.notes.map((n) => ({ at: n.value.at, text: n.value.text })).sort((a, b) => a.at - b.at)
      : [],
    annexes: !has('annexes')
      ? []
      : [...bundle.attachments]
          .sort((a, b) => a.value.addedAt - b.value.addedAt)
          .map(({ id, value: a }, i) => ({
            index: i + 1,
            id,
            name: a.name,
            description: a.description,
            type: a.type,
            size: a.size,
            addedAt: a.addedAt,
            sha256: context.fingerprints.get(id) ?? null,
          })),
  };
}
