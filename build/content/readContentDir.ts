import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { FileInput } from './compileDocument';
import type { ContentInput } from './compileContent';
import { decodeUtf8File } from './decodeUtf8';
import { FOLDER_KIND } from './sourceTypes';

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
  return {
    tagsFile: display(tagsPath),
    tagsSource: existsSync(tagsPath) ? readFileSync(tagsPath, 'utf8') : undefined,
    files,
  };
};
