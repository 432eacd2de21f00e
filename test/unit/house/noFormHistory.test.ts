import { describe, expect, it } from 'vitest';
import { formControls, sourceFiles } from './moduleState';

// Issue 18, point 7: Chromium's form history ("Web Data") kept in clear what was typed into ordinary
// inputs (site, territoire, languages, interviewer's code, referral contact). Every text control of
// the app, and every form, says autoComplete="off": Chromium then saves no entry for it
// (test/e2e/profileAtRest.test.ts checks the profile folder itself).

const NOT_TEXT = new Set(['checkbox', 'radio', 'file', 'hidden', 'range', 'submit', 'button']);

describe('nothing typed feeds the browser’s form history', () => {
  const controls = sourceFiles('renderer/ui').flatMap(formControls);

  it('finds the controls it checks (the reader is not blind)', () => {
    expect(controls.filter((c) => c.tag === 'form').length).toBeGreaterThan(15);
    expect(controls.filter((c) => c.tag === 'textarea').length).toBeGreaterThan(5);
    expect(controls.filter((c) => c.tag === 'input').length).toBeGreaterThan(30);
  });

  it('every text input, textarea and form of renderer/ui carries autoComplete="off"', () => {
    const missing = controls
      .filter((c) => !(c.type !== null && NOT_TEXT.has(c.type)))
      .filter((c) => c.autoComplete !== 'off')
      .map((c) => `${c.file}:${c.line} <${c.tag}${c.type ? ` type="${c.type}"` : ''}>`);
    expect(missing).toEqual([]);
  });
});
