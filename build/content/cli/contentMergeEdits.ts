import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEditsFile } from '../../../renderer/core/workshop/editsFile';
import { mergeEdits } from '../mergeEdits';
import { readContentDir } from '../readContentDir';
import { REPO_ROOT } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// npm run content:merge-edits -- <edits file> [--content <dir>] [--dry-run]
// Applies the workshop's « Exporter pour les mainteneurs » file to the Markdown sources, printing a diff
// per file. Refuses (file and reason) an edit whose entry changed since, and then writes nothing.

const main = async (): Promise<void> => {
  const { values, positionals } = cliArgs({ content: { type: 'string' }, 'dry-run': { type: 'boolean' } });
  const editsPath = positionals[0];
  if (!editsPath || positionals.length > 1) return fail('usage: npm run content:merge-edits -- <edits file> [--content <dir>] [--dry-run]');
  let edits;
  try {
    edits = readEditsFile(readFileSync(resolve(editsPath)));
  } catch (error) {
    return fail(`${editsPath}: not a readable workshop edits file (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  const dir = resolve(asString(values.content) ?? resolve(REPO_ROOT, 'content'));
  const result = await mergeEdits(dir, readContentDir(dir), edits);
  if (!result.ok) {
    for (const r of result.refusals) console.error(`✗ ${r.file}${r.entryId ? ` (${r.entryId})` : ''}: ${r.reason}`);
    return fail(`${result.refusals.length} edit(s) refused: nothing written`);
  }
  for (const f of result.files) console.log(f.diff, '\n');
  if (values['dry-run']) return console.log(`(dry run) ${result.files.length} file(s) would change`);
  // Each file is written beside itself then renamed over: never half a file.
  for (const f of result.files) {
    writeFileSync(`${f.path}.merge-tmp`, f.source);
    renameSync(`${f.path}.merge-tmp`, f.path);
  }
  console.log(`✓ ${edits.edits.length} edit(s) merged into ${result.files.length} file(s)`);
};

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
