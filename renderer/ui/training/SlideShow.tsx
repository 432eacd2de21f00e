import { useEffect, useRef, useState } from 'react';
import type { LoadedPack, Scenario } from '../../core/content';
import { scenarioSlides, slideAfterKey, type Slide } from '../../core/training';
import { useT } from '../i18n/useT';
import { navigate } from '../shell/useHashRoute';
import { paragraphs, scenarioLanguage, textIn } from './scenarioText';

/**
 * Presentation mode: a scenario as slides over the whole window, for a projector (1024×768), in large
 * type. Arrows, Page up/down and Space move, Home and End jump, Esc leaves. The window covers the screen
 * where the host allows full screen; Electron refuses permission requests, so the slides also fill the
 * window on their own (F11 makes the window full screen there).
 */
export function SlideShow({ scenario, pack }: { scenario: Scenario; pack: LoadedPack }) {
  const { t, language } = useT();
  const lang = scenarioLanguage(scenario, language);
  const slides = scenarioSlides(scenario);
  const [at, setAt] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.focus();
  }, []);

  const leave = () => navigate('formation');
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
      return;
    }
    const next = slideAfterKey(event.key, at, slides.length);
    if (next !== undefined) {
      event.preventDefault();
      setAt(next);
    }
  };
  const slide = slides[at] ?? slides[0]!;
  return (
    <div
      ref={root}
      className="slideshow"
      role="region"
      aria-roledescription={t('training.slides.role')}
      aria-label={textIn(scenario.title, lang)}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="slide" lang={lang} aria-live="polite">
        <SlideBody slide={slide} scenario={scenario} pack={pack} lang={lang} />
      </div>
      <div className="slide-bar">
        <span>{t('training.slides.position', { current: at + 1, total: slides.length })}</span>
        <span className="slide-keys">{t('training.slides.keys')}</span>
        <button type="button" className="secondary" onClick={leave}>
          {t('training.slides.leave')}
        </button>
      </div>
    </div>
  );
}

function SlideBody({
  slide,
  scenario,
  pack,
  lang,
}: {
  slide: Slide;
  scenario: Scenario;
  pack: LoadedPack;
  lang: 'fr' | 'en' | 'sw';
}) {
  const { t } = useT();
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <p className="slide-kicker">{t(`training.audience.${scenario.audience}`)}</p>
          <h2>{textIn(scenario.title, lang)}</h2>
          <p className="slide-fiction">{textIn(scenario.fiction, lang)}</p>
          <p>{textIn(scenario.setting, lang)}</p>
        </>
      );
    case 'story':
      return (
        <>
          <h2>{textIn(slide.step.title, lang)}</h2>
          {paragraphs(textIn(slide.step.story, lang)).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </>
      );
    case 'question':
      return (
        <>
          <h2>{textIn(slide.question.prompt, lang)}</h2>
          <ol className="slide-choices" type="A">
            {slide.question.choices.map((c) => (
              <li key={c.id}>{textIn(c.text, lang)}</li>
            ))}
          </ol>
        </>
      );
    case 'answer':
      return (
        <>
          <h2>{t('training.slides.answer')}</h2>
          <ol className="slide-choices" type="A">
            {slide.question.choices.map((c) => (
              <li key={c.id} data-result={c.correct ? 'right' : 'wrong'}>
                <strong>
                  {c.correct ? t('training.feedback.expected') : t('training.feedback.notExpected')}
                </strong>{' '}
                {textIn(c.text, lang)}
              </li>
            ))}
          </ol>
          <p className="slide-explanation">{textIn(slide.question.explanation, lang)}</p>
          <p className="slide-links">
            {slide.question.links
              .map((id) => pack.entriesById.get(id))
              .filter((e) => e !== undefined)
              .map(
                (e) =>
                  `${e.kind === 'article' ? e.citation : e.heading} (${t(`library.verification.${e.verification.status}`)})`,
              )
              .join(' · ')}
          </p>
        </>
      );
  }
}
