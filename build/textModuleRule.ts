import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The rule of renderer/core/text (issue 17, point 5): accent folding, hexadecimal and SHA-256 are
// written once, there. A copy elsewhere drifts (five foldings once behaved differently, and only one
// spelled out œ); this check finds the usual ways of writing one again. test/unit/text runs it.

export interface TextRule {
  id: string;
  pattern: RegExp;
  instead: string;
}

export const TEXT_RULES: readonly TextRule[] = [
  { id: 'nfd-folding', pattern: /\.normalize\(\s*['"`]NFK?D['"`]/, instead: 'foldText / foldWithOffsets' },
  {
    id: 'mark-stripping',
    pattern: /\\u0300-\\u036f|replace\(\s*\/\\p\{(?:M|Mn|Mark|Diacritic)\}\//i,
    instead: 'foldText',
  },
  { id: 'webcrypto-sha256', pattern: /\.digest\(\s*['"`]SHA-256['"`]/, instead: 'sha256 / sha256Hex' },
  { id: 'node-sha256', pattern: /createHash\(\s*['"`]sha256['"`]/, instead: 'sha256 / sha256Hex' },
  { id: 'noble-sha256', pattern: /from\s+['"`]@noble\/hashes\/sha2(?:\.js)?['"`]/, instead: 'sha256Sync' },
  { id: 'hex-encoding', pattern: /\.toString\(\s*16\s*\)[^;\n]{0,60}padStart\(\s*2\b/, instead: 'toHex' },
  { id: 'hex-decoding', pattern: /parseInt\([^;\n]*,\s*16\s*\)/, instead: 'fromHex / parseHex' },
];

/** The module itself, and the files allowed a copy, each with its reason. */
export const TEXT_RULE_ALLOWED: ReadonlyMap<string, string> = new Map([
  ['renderer/core/text/', 'the module itself'],
  [
    'build/startup/startCheck.mjs',
    'runs under plain node before anything is built or installed (it checks the Electron archive), so it cannot import TypeScript',
  ],
]);

const ROOTS = ['renderer', 'electron', 'build'];
const SOURCE = /\.(?:ts|tsx|mts|cts|mjs|cjs|js)$/;

/** One finding: where, which rule, and what to use instead. */
export interface TextRuleViolation {
  file: string;
  line: number;
  rule: string;
  instead: string;
}

/** Violations in one source text (comments included: a commented-out copy is still a copy to remove). */
export function textRuleViolations(file: string, source: string): TextRuleViolation[] {
  const out: TextRuleViolation[] = [];
  source.split('\n').forEach((text, index) => {
    for (const rule of TEXT_RULES)
      if (rule.pattern.test(text)) out.push({ file, line: index + 1, rule: rule.id, instead: rule.instead });
  });
  return out;
}

function* sourceFiles(root: string, dir: string): Generator<string> {
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = `${dir}/${name}`;
    if (name === 'node_modules') continue;
    if (statSync(path.join(root, rel)).isDirectory()) yield* sourceFiles(root, rel);
    else if (SOURCE.test(name)) yield rel;
  }
}

const allowed = (file: string): boolean =>
  [...TEXT_RULE_ALLOWED.keys()].some((prefix) =>
    prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix,
  );

/** Every violation in the project's renderer, electron and build folders (paths relative to `root`). */
export function findTextRuleViolations(root: string): TextRuleViolation[] {
  return ROOTS.flatMap((dir) =>
    [...sourceFiles(root, dir)]
      .filter((file) => !allowed(file))
      .flatMap((file) => textRuleViolations(file, readFileSync(path.join(root, file), 'utf8'))),
  );
}
