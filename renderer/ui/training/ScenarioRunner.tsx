import { useEffect, useRef, useState } from 'react';
import type { LoadedPack, Scenario } from '../../core/content';
import { questionKey, tallyAnswers } from '../../core/training';
import { useT } from '../i18n/useT';
import { todayIso } from '../library/todayIso';
import { QuestionView } from './QuestionView';
import { ScenarioHeader } from './ScenarioHeader';
import { ScenarioSummary } from './ScenarioSummary';
import { paragraphs, scenarioLanguage, textIn } from './scenarioText';
import type { TrainingProgressStore } from './trainingProgressStore';

interface Props {
  scenario: Scenario;
  pack: LoadedPack;
  store: TrainingProgressStore;
}

/** A scenario step by step: the story of a step, then its questions one at a time, then a summary. */
export function ScenarioRunner({ scenario, pack, store }: Props) {
  const { t, language } = useT();
  const lang = scenarioLanguage(scenario, language);
  const positions = scenario.steps.flatMap((step, s) => step.questions.map((_, q) => ({ s, q })));
  const [at, setAt] = useState(0);
  const [firstAnswers, setFirstAnswers] = useState<Record<string, string[]>>({});
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const position = positions[at];
  const finished = position === undefined;

  useEffect(() => {
    if (at > 0) stepHeading.current?.focus();
  }, [at]);

  if (finished) {
    return (
      <ScenarioSummary
        scenario={scenario}
        tally={tallyAnswers(scenario, firstAnswers)}
        onRecord={(tally) => store.complete(scenario.id, todayIso(), tally)}
      />
    );
  }
  const step = scenario.steps[position.s]!;
  const question = step.questions[position.q]!;
  const key = questionKey(step.id, question.id);
  const last = at === positions.length - 1;
  const nextIsNewStep = !last && positions[at + 1]!.s !== position.s;
  return (
    <div className="training-runner">
      <ScenarioHeader scenario={scenario} />
      <p className="training-progress">
        {t('training.progress', { current: at + 1, total: positions.length })}
      </p>
      <section className="training-step" aria-labelledby={`step-${step.id}`}>
        <h3 id={`step-${step.id}`} ref={stepHeading} tabIndex={-1} lang={lang}>
          {t('training.step', { number: position.s + 1 })} — {textIn(step.title, lang)}
        </h3>
        <div className="training-story" lang={lang}>
          {paragraphs(textIn(step.story, lang)).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <QuestionView
          key={key}
          question={question}
          pack={pack}
          lang={lang}
          onAnswered={(selected) =>
            setFirstAnswers((current) => (key in current ? current : { ...current, [key]: selected }))
          }
          onNext={() => setAt(at + 1)}
          nextLabel={t(
            last
              ? 'training.question.finish'
              : nextIsNewStep
                ? 'training.question.nextStep'
                : 'training.question.next',
          )}
        />
      </section>
    </div>
  );
}
