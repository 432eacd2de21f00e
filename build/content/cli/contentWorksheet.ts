import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { worksheetEntries, worksheetRows, worksheetText } from '../../../renderer/core/library/worksheet';
import { translate } from '../../../renderer/ui/i18n/translate';
import { worksheetWords } from '../../../renderer/ui/library/worksheetWords';
import { compileContent } from '../compileContent';
import { readContentDir } from '../readContentDir';
import { REPO_ROOT } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// npm run content:worksheet -- <docId> [--out file.md] [--content <dir>]
// The verification worksheet of one document, in French, for an office jurist to fill in against the
// Journal officiel. Works even while other files have errors: the worksheet reads only this document.

const { values, positionals } = cliArgs({ out: { type: 'string' }, content: { type: 'string' } });
const docId = positionals[0];
if (!docId || positionals.length > 1) fail('usage: npm run content:worksheet -- <docId> [--out file.md]');
const compiled = compileContent(readContentDir(resolve(asString(values.content) ?? resolve(REPO_ROOT, 'content'))));
const doc = compiled.documents.find((d) => d.id === docId);
if (!doc) fail(`no document \`${docId}\`; documents: ${compiled.documents.map((d) => d.id).join(', ')}`);
else {
  const byId = new Map(compiled.entries.map((e) => [e.id, e]));
  const entries = worksheetEntries(doc, (id) => byId.get(id));
  const text = worksheetText(doc, worksheetRows(entries), worksheetWords((key) => translate('fr', key)));
  const out = asString(values.out);
  if (out) {
    writeFileSync(resolve(out), text);
    console.log(`✓ ${entries.length} entr(ies) of ${doc.id} → ${resolve(out)}`);
  } else console.log(text);
}
