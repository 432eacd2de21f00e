import { useEffect, useId, useRef, useState } from 'react';
import type { LoadedPack, ScenarioQuestion } from '../../core/content';
import { isRightAnswer } from '../../core/training';
import type { Language } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { ScenarioLinks } from './ScenarioLinks';
import { paragraphs, textIn } from './scenarioText';

interface Props {
  question: ScenarioQuestion;
  pack: LoadedPack;
  /** The scenario's language (scenarioText.ts). */
  lang: Language;
  /** The first validated answer: it counts for the self-check; later tries only show the feedback. */
  onAnswered: (selected: string[]) => void;
  onNext: () => void;
  nextLabel: string;
}

/** One question: tick, validate, then the feedback of every answer, the explanation and the library links. */
export function QuestionView({ question, pack, lang, onAnswered, onNext, nextLabel }: Props) {
  const { t } = useT();
  const name = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [validated, setValidated] = useState(false);
  const [empty, setEmpty] = useState(false);
  const right = validated && isRightAnswer(question, selected);
  const verdict = useRef<HTMLParagraphElement>(null);
  // The focus stays on the button (Enter goes on), but the verdict and the feedback are brought into view.
  useEffect(() => {
    if (validated) verdict.current?.scrollIntoView?.({ block: 'start' });
  }, [validated]);

  const toggle = (id: string) => {
    setEmpty(false);
    if (validated) return;
    setSelected((current) =>
      question.multiple ? (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]) : [id],
    );
  };
  const validate = () => {
    if (selected.length === 0) {
      setEmpty(true);
      return;
    }
    setValidated(true);
    onAnswered(selected);
  };

  return (
    <form
      className="training-question"
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        if (validated) onNext();
        else validate();
      }}
    >
      {/* The verdict comes first, where the eyes are; each answer's feedback and the explanation follow. */}
      {validated && (
        <p ref={verdict} className={right ? 'training-right' : 'training-wrong'} role="status">
          {t(right ? 'training.result.right' : 'training.result.wrong')}
        </p>
      )}
      <fieldset>
        <legend lang={lang}>{textIn(question.prompt, lang)}</legend>
        <p className="help">{t(question.multiple ? 'training.question.several' : 'training.question.one')}</p>
        <ul className="training-choices">
          {question.choices.map((choice) => {
            const checked = selected.includes(choice.id);
            return (
              <li key={choice.id} data-result={validated ? (choice.correct ? 'right' : 'wrong') : undefined}>
                <label>
                  <input
                    type={question.multiple ? 'checkbox' : 'radio'}
                    name={name}
                    value={choice.id}
                    checked={checked}
                    disabled={validated}
                    autoComplete="off"
                    onChange={() => toggle(choice.id)}
                  />{' '}
                  <span lang={lang}>{textIn(choice.text, lang)}</span>
                </label>
                {validated && (
                  <div className="training-feedback">
                    <strong>
                      {choice.correct ? t('training.feedback.expected') : t('training.feedback.notExpected')}
                      {checked ? ` · ${t('training.feedback.yourChoice')}` : ''}
                    </strong>
                    {paragraphs(textIn(choice.feedback, lang)).map((p) => (
                      <p key={p} lang={lang}>
                        {p}
                      </p>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {empty && (
        <p className="field-error" role="alert">
          {t('training.question.chooseFirst')}
        </p>
      )}
      {validated && (
        <div className="training-explanation">
          {paragraphs(textIn(question.explanation, lang)).map((p) => (
            <p key={p} lang={lang}>
              {p}
            </p>
          ))}
          <ScenarioLinks ids={question.links} pack={pack} />
        </div>
      )}
      <div className="actions">
        <button type="submit">{validated ? nextLabel : t('training.question.validate')}</button>
      </div>
    </form>
  );
}
