import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { FileInput } from './compileDocument';
import type { ContentInput } from './compileContent';
import { decodeUtf8File } from './decodeUtf8';
import { FOLDER_KIND } from './sourceTypes';
import { TRAINING_KIND_SHAPE } from '../../renderer/core/vocabulary';

// The file side of the compiler: content/<folder>/*.md and content/tags.yml, in a stable order.

const display = (path: string): string => relative(process.cwd(), path).split(sep).join('/');

export const readContentDir = (dir: string): ContentInput => {
  const tagsPath = join(dir, 'tags.yml');
  const files: FileInput[] = [];
  for (const folder of Object.keys(FOLDER_KIND)) {
    const folderPath = join(dir, folder);
    if (!existsSync(folderPath) || !statSync(folderPath).isDirectory()) continue;
    for (const name of readdirSync(folderPath).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(folderPath, name);
      const { source, invalid } = decodeUtf8File(readFileSync(path));
      files.push({ file: display(path), folder, baseName: basename(name, '.md'), source, ...(invalid ? { invalidUtf8: invalid } : {}) });
    }
  }
  // Training scenarios (issue 23): YAML, one file per scenario, compiled after the library they cite.
  const scenarioFiles: FileInput[] = [];
  const scenarioFolder = join(dir, TRAINING_KIND_SHAPE.scenario.folder);
  if (existsSync(scenarioFolder) && statSync(scenarioFolder).isDirectory()) {
    for (const name of readdirSync(scenarioFolder).sort()) {
      if (!name.endsWith('.yml')) continue;
      const path = join(scenarioFolder, name);
      const { source, invalid } = decodeUtf8File(readFileSync(path));
      const folder = TRAINING_KIND_SHAPE.scenario.folder;
      scenarioFiles.push({ file: display(path), folder, baseName: basename(name, '.yml'), source, ...(invalid ? { invalidUtf8: invalid } : {}) });
    }
  }
  return {
    scenarioFiles,
    tagsFile: display(tagsPath),
    tagsSource: existsSync(tagsPath) ? readFileSync(tagsPath, 'utf8') : undefined,
    files,
  };
};
