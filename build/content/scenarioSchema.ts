import { z } from 'zod';
import { LANGUAGES, QUESTION_TOPICS, TRAINING_AUDIENCES } from '../../renderer/core/vocabulary';
import { ID_PATTERN, localizedSchema, refId } from './schema';

// The authoring shape of one training scenario (content/scenarios/<id>.yml, content/README.md). Strict:
// a misspelt field is an error, never silently dropped. The rules between fields are in compileScenario.ts.

const id = z.string({ error: 'must be an id' }).regex(ID_PATTERN, { error: 'must be lower-case letters, digits and hyphens' });
const refs = z.array(refId).default([]);

export const choiceSchema = z.strictObject({
  id,
  text: localizedSchema,
  correct: z.boolean({ error: 'must be true or false' }).default(false),
  // Optional here so that the compiler can say which answer lacks it, in words (compileScenario.ts).
  feedback: localizedSchema.optional(),
});

export const questionSchema = z.strictObject({
  id,
  topic: z.enum(QUESTION_TOPICS, { error: `topic must be one of ${QUESTION_TOPICS.join(', ')}` }),
  prompt: localizedSchema,
  multiple: z.boolean({ error: 'must be true or false' }).default(false),
  indicators: refs,
  articles: refs,
  referral: refs,
  links: refs,
  choices: z.array(choiceSchema).min(2, { error: 'a question needs at least two answers' }),
  explanation: localizedSchema,
});

export const scenarioSchema = z.strictObject({
  id,
  audience: z.enum(TRAINING_AUDIENCES, { error: `audience must be one of ${TRAINING_AUDIENCES.join(', ')}` }),
  fictional: z.literal(true, { error: 'a scenario must say `fictional: true`: every scenario is invented' }),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  title: localizedSchema,
  summary: localizedSchema,
  fiction: localizedSchema,
  setting: localizedSchema,
  characters: z.array(z.strictObject({ name: z.string().trim().min(1), role: localizedSchema })).default([]),
  steps: z
    .array(
      z.strictObject({
        id,
        title: localizedSchema,
        story: localizedSchema,
        questions: z.array(questionSchema).default([]),
      }),
    )
    .min(1, { error: 'a scenario needs at least one step' }),
});

export type ScenarioSource = z.infer<typeof scenarioSchema>;
export type QuestionSource = z.infer<typeof questionSchema>;
