import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { LANGUAGES, mapValues } from '../../../renderer/core/vocabulary';

// Real French prose for the large benchmark corpus: Debian's manpages-fr (about 9 MB of roff), installed
// here when missing, turned into plain text and cut into records of a few kilobytes, one per section.

const MAN_DIR = '/usr/share/man/fr';
const MAX_RECORD_CHARS = 4000;

export const ensureManpagesFr = (): void => {
  const count = existsSync(MAN_DIR) ? listFiles(MAN_DIR).length : 0;
  if (count > 300) return;
  console.log('installing manpages-fr (apt-get) for the large corpus…');
  const run = (args: string[]): void => void execFileSync('apt-get', args, { stdio: 'ignore' });
  try {
    run(['install', '-y', 'manpages-fr']);
  } catch {
    run(['update']);
    run(['install', '-y', 'manpages-fr']);
  }
};

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });

/** Roff to text, well enough for a search benchmark: macros dropped, their text arguments kept. */
export const roffToText = (roff: string): { title: string; body: string }[] => {
  const sections: { title: string; body: string }[] = [];
  let current = { title: '', body: '' };
  for (const line of roff.split('\n')) {
    if (line.startsWith('.\\"') || line.startsWith('\'\\"')) continue;
    const macro = /^\.([A-Za-z]{1,3})\s*(.*)$/.exec(line);
    const text = (macro ? macro[2]! : line)
      .replace(/\\f[BIRPC]|\\f\(..|\\&|\\e|\\c/g, '')
      .replace(/\\\(em|\\\(en/g, '—')
      .replace(/\\\(aq|\\\(cq/g, "'")
      .replace(/\\-/g, '-')
      .replace(/\\\(.{2}|\\\*.|\\s[+-]?\d/g, '')
      .replace(/"/g, '');
    if (macro && (macro[1] === 'SH' || macro[1] === 'SS')) {
      if (current.body.trim()) sections.push(current);
      current = { title: text, body: '' };
    } else if (!macro || /^(B|I|BR|IR|RB|RI|BI|IB|TP|IP|TQ)$/.test(macro[1]!)) {
      current.body += `${text}\n`;
    }
  }
  if (current.body.trim()) sections.push(current);
  return sections;
};

export const manRecords = (): SearchRecord[] => {
  const out: SearchRecord[] = [];
  for (const file of listFiles(MAN_DIR)
    .filter((f) => f.endsWith('.gz'))
    .sort()) {
    const page = file.slice(MAN_DIR.length + 1).replace(/\.gz$/, '');
    let roff: string;
    try {
      roff = gunzipSync(readFileSync(file)).toString('utf8');
    } catch {
      continue;
    }
    for (const section of roffToText(roff)) {
      for (let at = 0, part = 0; at < section.body.length; at += MAX_RECORD_CHARS, part += 1) {
        out.push({
          id: `man/${page}/${out.length}`,
          docId: `man/${page}`,
          kind: 'article',
          docKind: 'guideline',
          jurisdiction: 'international',
          citation: `${page}, ${section.title}`,
          heading: section.title,
          names: section.title,
          // One paragraph with single spaces, as the app's records (searchRecords.plainText).
          text: {
            ...mapValues(LANGUAGES, () => ''),
            fr: section.body
              .slice(at, at + MAX_RECORD_CHARS)
              .replace(/\s+/g, ' ')
              .trim(),
          },
        });
      }
    }
  }
  return out;
};

export const corpusBytes = (records: readonly SearchRecord[]): number =>
  records.reduce(
    (n, r) =>
      n +
      Buffer.byteLength(r.names) +
      Buffer.byteLength(r.text.fr) +
      Buffer.byteLength(r.text.en) +
      Buffer.byteLength(r.text.sw),
    0,
  );
