// Fails when inner HTML or eval appears outside the one safe-HTML component (house rule, DESIGN.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['renderer', 'electron'];
const ALLOWED = new Set([path.join('renderer', 'ui', 'components', 'SafeHtml.tsx')]);
const PATTERN =
  /\b(innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write)\b|\beval\s*\(|new Function\s*\(/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|mts)$/.test(name)) yield full;
  }
}

const offences = [];
for (const root of ROOTS) {
  for (const file of files(root)) {
    if (ALLOWED.has(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const code = line.replace(/\/\/.*$/, '');
        if (PATTERN.test(code)) offences.push(`${file}:${index + 1}: ${line.trim()}`);
      });
  }
}
if (offences.length > 0) {
  console.error('Inner HTML or eval outside renderer/ui/components/SafeHtml.tsx:\n' + offences.join('\n'));
  process.exit(1);
}
console.log('checkUnsafeHtml: no inner HTML or eval outside SafeHtml.tsx');
