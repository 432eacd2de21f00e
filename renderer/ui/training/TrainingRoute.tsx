import type { LoadedPack } from '../../core/content';
import { useT } from '../i18n/useT';
import { useHashRoute } from '../shell/useHashRoute';
import { AttestationSheet } from './AttestationSheet';
import { ScenarioRunner } from './ScenarioRunner';
import { SlideShow } from './SlideShow';
import { TrainingHome } from './TrainingHome';
import { useTrainingProgress } from './trainingProgressStore';
import './training.css';

/** `#/formation`, `#/formation/scenario/<id>`, `#/formation/presentation/<id>`, `#/formation/attestation`. */
export function TrainingRoute({ pack }: { pack: LoadedPack }) {
  const { t } = useT();
  const { rest } = useHashRoute();
  const store = useTrainingProgress();
  const [view, id] = rest;
  if (view === 'attestation') return <AttestationSheet scenarios={pack.scenarios} store={store} />;
  if (view === 'scenario' || view === 'presentation') {
    const scenario = pack.scenarios.find((s) => s.id === id);
    if (!scenario) {
      return (
        <div className="error-panel" role="alert">
          <p>{t('training.notFound')}</p>
          <a href="#/formation">{t('training.back')}</a>
        </div>
      );
    }
    return view === 'scenario' ? (
      <ScenarioRunner key={scenario.id} scenario={scenario} pack={pack} store={store} />
    ) : (
      <SlideShow key={scenario.id} scenario={scenario} pack={pack} />
    );
  }
  return <TrainingHome scenarios={pack.scenarios} store={store} />;
}
