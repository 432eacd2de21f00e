// The interface speaks the languages of the vocabulary (renderer/core/vocabulary/languages.ts).
export { isLanguage, LANGUAGES, mapValues, type Language } from '../../core/vocabulary';
