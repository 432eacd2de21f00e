// npm test enforces the text module's rule (issue 17, point 5): no accent folding, hexadecimal codec
// or SHA-256 written outside renderer/core/text. The fixture shows that the check catches each way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTextRuleViolations, TEXT_RULES, textRuleViolations } from '../../../build/textModuleRule';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = 'test/fixtures/textRule/handRolledText.ts.txt';

describe('the text module rule', () => {
  it('finds no folding, hex codec or SHA-256 outside renderer/core/text', () => {
    const found = findTextRuleViolations(ROOT).map(
      (v) => `${v.file}:${v.line}: ${v.rule} (use ${v.instead})`,
    );
    expect(found).toEqual([]);
  });

  it('flags every hand-written copy in the fixture, and nothing else', () => {
    const source = readFileSync(path.join(ROOT, FIXTURE), 'utf8');
    const expected = source.split('\n').flatMap((line, index) => {
      const ids = /\/\/ ((?:[a-z0-9]+-[a-z0-9-]+ ?)+)$/.exec(line)?.[1]?.trim().split(' ') ?? [];
      return ids.map((rule) => `${index + 1}:${rule}`);
    });
    const found = textRuleViolations(FIXTURE, source).map((v) => `${v.line}:${v.rule}`);
    expect(found.sort()).toEqual(expected.sort());
    // Every rule is demonstrated at least once.
    expect(new Set(found.map((f) => f.split(':')[1]))).toEqual(new Set(TEXT_RULES.map((r) => r.id)));
  });

  it('would fail the tree if a copy came back', () => {
    const copy = "export const fold = (s: string) => s.normalize('NFD').replace(/\\p{M}/gu, '');";
    expect(textRuleViolations('renderer/core/cases/x.ts', copy).map((v) => v.rule)).toEqual([
      'nfd-folding',
      'mark-stripping',
    ]);
  });
});
