import { resolve } from 'node:path';
import { compileContent } from '../compileContent';
import { contentReport, formatReport } from '../contentReport';
import { readContentDir } from '../readContentDir';
import { REPO_ROOT } from '../signingKey';
import { asString, cliArgs } from './cliArgs';

// npm run content:report [-- --json] [--content <dir>]
// Counts and open verification notes; informational, so it reports even when content has errors.

const { values } = cliArgs({ json: { type: 'boolean' }, content: { type: 'string' } });
const dir = resolve(asString(values.content) ?? resolve(REPO_ROOT, 'content'));
const report = contentReport(compileContent(readContentDir(dir)));
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
