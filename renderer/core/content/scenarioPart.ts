import { z } from 'zod';
import { LANGUAGES, perTranslation, QUESTION_TOPICS, TRAINING_AUDIENCES } from '../vocabulary';
import type { Language, QuestionTopic, TrainingAudience } from '../vocabulary';
import { PackError } from './packError';
import { PART, parseJsonPart } from './packManifest';
import type { Localized } from './types';

// The training scenarios (issue 23): fictional stories with questions, compiled from content/scenarios/
// and signed like every part (the manifest holds their hash). Optional: a pack made before them has
// none, and an older app hashes this part and ignores it, so the schema version stays the same.

export interface ScenarioChoice {
  id: string;
  text: Localized;
  correct: boolean;
  /** Why this answer is right or wrong: shown once the question is answered. */
  feedback: Localized;
}

export interface ScenarioQuestion {
  id: string;
  topic: QuestionTopic;
  prompt: Localized;
  /** Several answers are right: the person ticks every one that applies. */
  multiple: boolean;
  choices: ScenarioChoice[];
  /** What the trainer would say once the answers are in. */
  explanation: Localized;
  /** Library entries the feedback rests on, in the order to read them: indicators, articles, steps, others. */
  links: string[];
}

export interface ScenarioStep {
  id: string;
  title: Localized;
  /** Paragraphs of the story, separated by blank lines. */
  story: Localized;
  questions: ScenarioQuestion[];
}

export interface ScenarioCharacter {
  /** An invented first name, shown as invented wherever it appears. */
  name: string;
  role: Localized;
}

export interface Scenario {
  id: string;
  audience: TrainingAudience;
  title: Localized;
  summary: Localized;
  /** Says the story is invented: shown before the story, on every slide set and on the attestation page. */
  fiction: Localized;
  /** Where it happens, no finer than a province, a territoire and a generic « site minier ». */
  setting: Localized;
  characters: ScenarioCharacter[];
  /** Languages the whole scenario is written in (fr always); any other is shown as missing. */
  languages: Language[];
  steps: ScenarioStep[];
}

const localized = z.object({ fr: z.string().min(1), ...perTranslation(() => z.string().min(1).optional()) });
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

const scenarioSchema: z.ZodType<Scenario> = z.object({
  id,
  audience: z.enum(TRAINING_AUDIENCES),
  title: localized,
  summary: localized,
  fiction: localized,
  setting: localized,
  characters: z.array(z.object({ name: z.string().min(1), role: localized })),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  steps: z
    .array(
      z.object({
        id,
        title: localized,
        story: localized,
        questions: z.array(
          z.object({
            id,
            topic: z.enum(QUESTION_TOPICS),
            prompt: localized,
            multiple: z.boolean(),
            choices: z
              .array(z.object({ id, text: localized, correct: z.boolean(), feedback: localized }))
              .min(2),
            explanation: localized,
            links: z.array(z.string()),
          }),
        ),
      }),
    )
    .min(1),
});

/**
 * Parses the signed scenarios part; anything else than the shape above, or a link to an entry the pack
 * does not hold, is 'malformed' (a feedback must never point at nothing).
 */
export const parseScenarioPart = (bytes: Uint8Array, entryIds: ReadonlySet<string>): Scenario[] => {
  const parsed = z.array(scenarioSchema).safeParse(parseJsonPart(bytes, PART.scenarios));
  if (!parsed.success) throw new PackError('malformed', PART.scenarios, parsed.error.issues[0]?.message);
  const ids = new Set<string>();
  for (const s of parsed.data) {
    if (ids.has(s.id)) throw new PackError('malformed', PART.scenarios, `scenario listed twice: ${s.id}`);
    ids.add(s.id);
    const missing = s.steps.flatMap((st) => st.questions.flatMap((q) => q.links)).find((l) => !entryIds.has(l));
    if (missing !== undefined) throw new PackError('malformed', PART.scenarios, `${s.id} links to ${missing}`);
  }
  return parsed.data;
};
