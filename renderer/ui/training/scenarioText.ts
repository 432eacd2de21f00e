import type { Localized, Scenario } from '../../core/content';
import type { Language } from '../i18n/languages';

// A scenario is shown in the interface language only when the whole scenario exists in it; otherwise in
// French, and the page says so (ScenarioLanguages). Never a mix of languages inside one scenario.

export function scenarioLanguage(scenario: Scenario, language: Language): Language {
  return scenario.languages.includes(language) ? language : 'fr';
}

export function textIn(text: Localized, language: Language): string {
  return text[language] ?? text.fr;
}

/** Paragraphs of a story or a feedback, split on blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
