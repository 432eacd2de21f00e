import type { Scenario, ScenarioQuestion } from '../../renderer/core/content/scenarioPart';
import type { Entry, Localized } from '../../renderer/core/content/types';
import { LANGUAGES, type Language } from '../../renderer/core/vocabulary';
import type { FileInput } from './compileDocument';
import type { ErrorList } from './contentError';
import { describeIssues } from './schema';
import { type QuestionSource, scenarioSchema, type ScenarioSource } from './scenarioSchema';
import { parseYamlSource, type YamlSource } from './yamlSource';

// One training scenario (content/scenarios/<id>.yml, issue 23). A scenario is invented, but what it
// teaches is not: every indicator, article and referral step it names must be a library entry, every
// answer has its feedback, an article the library marks « à vérifier » is said to be so, and no text
// writes an article number, a phone number or markup of its own. Every problem is reported as file:line.

type Path = readonly PropertyKey[];

/** "fictif", "fictive", "inventé(e)": the notice must say, in French, that the story is made up. */
const SAYS_FICTIONAL = /fictif|fictive|invent[ée]/i;
const SAYS_TO_CHECK = /à vérifier/i;
const RAW_HTML = /<\/?[a-z!?][^>]*>/i;
// Eight digits or more, possibly grouped: a phone number has no place in a scenario, real or not.
const PHONE = /\+?\d(?:[\s.-]?\d){7,}/;
// "article 53", "art. 174 c", "articles 170 et 171": the numbers a text cites by hand.
// A letter after a space is a suffix (« 174 p ») unless it is the verb « a » (« l’article 53 a été »).
const ARTICLE_MENTION = /\bart(?:icles?|\.)\s*((?:\d+(?:\s?(?:bis|ter)(?![\p{L}\d])|[a-z](?![\p{L}\d])|\s[b-z](?![\p{L}\d]))?(?:\s*(?:,|et|à)\s*)?)+)/giu;

const normaliseNumber = (n: string): string => n.replace(/\s+/g, '').toLowerCase();

const mentionedArticles = (text: string): string[] =>
  [...text.matchAll(ARTICLE_MENTION)].flatMap((m) =>
    (m[1] ?? '').split(/\s*(?:,|et|à)\s*/).filter(Boolean).map(normaliseNumber),
  );

const REF_KINDS = {
  indicators: { kind: 'indicator', noun: 'an indicator' },
  articles: { kind: 'article', noun: 'a law article' },
  referral: { kind: 'step', noun: 'a referral step' },
} as const;

interface Context {
  file: string;
  yaml: YamlSource;
  errors: ErrorList;
  entries: ReadonlyMap<string, Entry>;
  pending: ReadonlySet<string>;
  languages: readonly Language[];
}

const at = (c: Context, path: Path, message: string): void => c.errors.add(c.file, c.yaml.lineOf(path), message);

/** Every text carries exactly the scenario's languages: none missing, none beyond what is declared. */
const checkText = (c: Context, value: Localized, path: Path): void => {
  for (const lang of LANGUAGES) {
    const text = value[lang];
    if (c.languages.includes(lang) && text === undefined) {
      at(c, path, `missing the ${lang} text: \`languages\` says the whole scenario exists in ${lang}`);
    }
    if (!c.languages.includes(lang) && text !== undefined) {
      at(c, [...path, lang], `has a ${lang} text but \`languages\` does not list ${lang}: translate the whole scenario, or none of it`);
    }
    if (text === undefined) continue;
    if (RAW_HTML.test(text)) at(c, [...path, lang], 'raw HTML is not allowed: plain text only');
    if (PHONE.test(text)) at(c, [...path, lang], 'looks like a phone number: a scenario never holds one (write « à compléter par le bureau »)');
  }
};

const checkQuestion = (c: Context, q: QuestionSource, path: Path): ScenarioQuestion => {
  checkText(c, q.prompt, [...path, 'prompt']);
  checkText(c, q.explanation, [...path, 'explanation']);
  const links: string[] = [];
  const citedNumbers = new Set<string>();
  let unverifiedArticle: string | undefined;
  for (const field of ['indicators', 'articles', 'referral', 'links'] as const) {
    q[field].forEach((ref, i) => {
      const entry = c.entries.get(ref);
      if (!entry) {
        if (!c.pending.has(ref)) at(c, [...path, field, i], `\`${field}\`: ${ref} is not an entry of the library (write doc/entry)`);
        return;
      }
      if (field !== 'links' && entry.kind !== REF_KINDS[field].kind) {
        at(c, [...path, field, i], `\`${field}\`: ${ref} is not ${REF_KINDS[field].noun} (it is ${entry.kind === "step" ? "a" : "an"} ${entry.kind})`);
      }
      if (entry.kind === 'article') {
        if (entry.number) citedNumbers.add(normaliseNumber(entry.number));
        if (entry.verification.status === 'a-verifier') unverifiedArticle ??= ref;
      }
      if (!links.includes(ref)) links.push(ref);
    });
  }
  if (links.length === 0) {
    at(c, path, `question ${q.id} links to no library entry: name the indicators, articles or referral steps its feedback rests on`);
  }
  if (unverifiedArticle && !SAYS_TO_CHECK.test(q.explanation.fr)) {
    at(c, [...path, 'explanation'], `cites ${unverifiedArticle}, which the library marks « à vérifier »: the explanation must say so (« à vérifier »)`);
  }
  const correct = q.choices.filter((ch) => ch.correct).length;
  if (correct === 0) at(c, [...path, 'choices'], `question ${q.id} has no right answer: mark at least one \`correct: true\``);
  if (correct === q.choices.length) {
    at(c, [...path, 'choices'], `every answer of question ${q.id} is right: add at least one answer that is not, with its feedback`);
  }
  if (!q.multiple && correct > 1) {
    at(c, [...path, 'choices'], `question ${q.id} has ${correct} right answers: set \`multiple: true\` or keep one`);
  }
  const choiceIds = new Set<string>();
  q.choices.forEach((ch, i) => {
    const chPath = [...path, 'choices', i];
    if (choiceIds.has(ch.id)) at(c, [...chPath, 'id'], `answer id ${ch.id} used twice in question ${q.id}`);
    choiceIds.add(ch.id);
    checkText(c, ch.text, [...chPath, 'text']);
    if (!ch.feedback) at(c, chPath, `answer ${ch.id} of question ${q.id} has no feedback: every answer needs one`);
    else checkText(c, ch.feedback, [...chPath, 'feedback']);
  });
  // An article number written by hand must be one the question cites by its library id.
  const texts = [q.prompt.fr, q.explanation.fr, ...q.choices.flatMap((ch) => [ch.text.fr, ch.feedback?.fr ?? ''])];
  for (const n of new Set(texts.flatMap(mentionedArticles))) {
    if (!citedNumbers.has(n)) {
      at(c, path, `mentions article ${n} but cites no library article numbered so: add it to \`articles\` by its library id, or remove the number`);
    }
  }
  return {
    id: q.id,
    topic: q.topic,
    prompt: q.prompt,
    multiple: q.multiple,
    choices: q.choices.map((ch) => ({ id: ch.id, text: ch.text, correct: ch.correct, feedback: ch.feedback ?? { fr: '' } })),
    explanation: q.explanation,
    links,
  };
};

const build = (c: Context, s: ScenarioSource): Scenario => {
  for (const field of ['title', 'summary', 'fiction', 'setting'] as const) checkText(c, s[field], [field]);
  if (!SAYS_FICTIONAL.test(s.fiction.fr)) {
    at(c, ['fiction', 'fr'], 'the fiction notice must say in so many words that the story is invented (« fictif », « inventé »)');
  }
  s.characters.forEach((ch, i) => checkText(c, ch.role, ['characters', i, 'role']));
  const stepIds = new Set<string>();
  const steps = s.steps.map((step, si) => {
    if (stepIds.has(step.id)) at(c, ['steps', si, 'id'], `step id ${step.id} used twice`);
    stepIds.add(step.id);
    checkText(c, step.title, ['steps', si, 'title']);
    checkText(c, step.story, ['steps', si, 'story']);
    const questionIds = new Set<string>();
    const questions = step.questions.map((q, qi) => {
      if (questionIds.has(q.id)) at(c, ['steps', si, 'questions', qi, 'id'], `question id ${q.id} used twice in step ${step.id}`);
      questionIds.add(q.id);
      return checkQuestion(c, q, ['steps', si, 'questions', qi]);
    });
    return { id: step.id, title: step.title, story: step.story, questions };
  });
  if (steps.every((st) => st.questions.length === 0)) at(c, ['steps'], 'a scenario needs at least one question');
  return {
    id: s.id,
    audience: s.audience,
    title: s.title,
    summary: s.summary,
    fiction: s.fiction,
    setting: s.setting,
    characters: s.characters,
    languages: s.languages,
    steps,
  };
};

export const compileScenario = (
  input: FileInput,
  entries: ReadonlyMap<string, Entry>,
  pending: ReadonlySet<string>,
  errors: ErrorList,
): Scenario | undefined => {
  const { file } = input;
  if (input.invalidUtf8) {
    errors.add(file, input.invalidUtf8.line, 'not valid UTF-8: save the file as UTF-8; nothing from it is compiled');
    return undefined;
  }
  const yaml = parseYamlSource(input.source, 1, file, errors);
  if (!yaml) return undefined;
  const parsed = scenarioSchema.safeParse(yaml.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error.issues)) errors.add(file, yaml.lineOf(issue.path), issue.message);
    return undefined;
  }
  const s = parsed.data;
  const before = errors.size;
  if (s.id !== input.baseName) errors.add(file, yaml.lineOf(['id']), `id ${s.id} must match the file name (${input.baseName}.yml)`);
  if (!s.languages.includes('fr')) errors.add(file, yaml.lineOf(['languages']), '`languages` must list fr: French is the reference');
  const scenario = build({ file, yaml, errors, entries, pending, languages: s.languages }, s);
  return errors.size === before ? scenario : undefined;
};
