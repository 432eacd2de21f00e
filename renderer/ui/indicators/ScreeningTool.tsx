import { useMemo } from 'react';
import type { LoadedPack } from '../../core/content';
import {
  type Answer,
  indicatorSetsFor,
  listsUsed,
  newScreening,
  type Screening,
  type ScreeningAudience,
  setAnswer,
  summariseScreening,
} from '../../core/screening';
import { useT } from '../i18n/useT';
import { AudienceStart } from './AudienceStart';
import { CoverageNote } from './CoverageNote';
import { DimensionSection } from './DimensionSection';
import { ScreeningPrintView } from './ScreeningPrintView';
import { ScreeningSetup } from './ScreeningSetup';
import { ScreeningSummary } from './ScreeningSummary';
import { setSessionScreening, useScreeningEnd, useSessionScreening } from './screeningSession';
import './screening.css';

export interface ScreeningToolProps {
  pack: LoadedPack;
  /**
   * Controlled use (a screening inside a case): the screening and where changes go. Without them the
   * tool keeps its screening in memory only (the Indicateurs page).
   */
  value?: Screening | undefined;
  onChange?: (next: Screening | undefined) => void;
}

export function ScreeningTool({ pack, value, onChange }: ScreeningToolProps) {
  const { t } = useT();
  const sessionScreening = useSessionScreening();
  const ended = useScreeningEnd();
  const controlled = onChange !== undefined;
  const screening = controlled ? value : sessionScreening;
  const setScreening = controlled ? onChange : setSessionScreening;
  const audience = screening?.audience;
  const sets = useMemo(
    () => (audience ? indicatorSetsFor(pack.documents, pack.entriesById, audience) : []),
    [pack, audience],
  );
  const set = sets.find((s) => s.document.id === screening?.setId) ?? sets[0];
  const summary = useMemo(
    () =>
      screening && set
        ? summariseScreening({ ...screening, setId: set.document.id }, set.indicators, set.document.coverage)
        : undefined,
    [screening, set],
  );

  const start = (chosen: ScreeningAudience) => {
    const best = indicatorSetsFor(pack.documents, pack.entriesById, chosen)[0];
    // Answers are kept when switching between adult and child: indicators for both keep their marks.
    setScreening({
      ...(screening ?? newScreening(chosen, '')),
      audience: chosen,
      setId: best?.document.id ?? '',
    });
  };
  const answer = (indicatorId: string, patch: Partial<Answer>) => {
    if (screening) setScreening(setAnswer(screening, indicatorId, patch));
  };

  const dimensions = set?.document.dimensions ?? [];
  const undimensioned = set?.indicators.filter((e) => !dimensions.some((d) => d.id === e.dimension)) ?? [];

  return (
    <>
      <div className="screen-only">
        <p className="screening-intro">{t('screening.intro')}</p>
        {!controlled && <p className="notice screening-privacy">{t('screening.privacy')}</p>}
        {/* After a panic nothing is said: the screen must stay neutral. */}
        {!controlled && !screening && ended !== null && ended !== 'panic' && (
          <p className="notice" role="status">
            {t(`screening.ended.${ended}`)}
          </p>
        )}
        {!screening ? (
          <AudienceStart onChoose={start} />
        ) : (
          <>
            <ScreeningSetup
              audience={screening.audience}
              sets={sets}
              setId={set?.document.id}
              onAudience={start}
              onSet={(setId) => setScreening({ ...screening, setId })}
              onReset={() => setScreening(undefined)}
            />
            {!set || !summary ? (
              <p className="warning" role="status">
                {t('screening.noIndicators')}
              </p>
            ) : (
              <div className="screening-layout">
                <div className="screening-questions">
                  <CoverageNote document={set.document} />
                  {dimensions.map((dimension) => (
                    <DimensionSection
                      key={dimension.id}
                      dimension={dimension}
                      indicators={set.indicators.filter((e) => e.dimension === dimension.id)}
                      screening={screening}
                      onAnswer={answer}
                      grouping={set.document.grouping}
                    />
                  ))}
                  {undimensioned.length > 0 && (
                    <DimensionSection
                      indicators={undimensioned}
                      screening={screening}
                      onAnswer={answer}
                      grouping={set.document.grouping}
                    />
                  )}
                </div>
                <ScreeningSummary
                  summary={summary}
                  set={set}
                  pack={pack}
                  audience={screening.audience}
                  printable={!controlled}
                />
              </div>
            )}
          </>
        )}
      </div>
      {!controlled && screening && set && summary && (
        <ScreeningPrintView
          lists={listsUsed(screening, sets, set.document.id)}
          pack={pack}
          audience={screening.audience}
        />
      )}
    </>
  );
}
