// The face of core/training (issue 23): answering scenarios, the progress kept on this computer, slides.
export { isRightAnswer, questionKey, scenarioQuestions, tallyAnswers, type ScenarioTally } from './answers';
export { scenarioSlides, slideAfterKey, type Slide } from './scenarioSlides';
export {
  EMPTY_PROGRESS,
  parseProgress,
  recordCompletion,
  type ScenarioDone,
  type TrainingProgress,
} from './trainingProgress';
