// Dalili's closed lists, declared once (README.md): import them from here.
export * from './languages';
export * from './contentVocabulary';
export * from './screeningVocabulary';
export * from './caseVocabulary';
export { isOneOf, mapValues } from './isOneOf';
export * from './trainingVocabulary';
export * from './statisticsVocabulary';
