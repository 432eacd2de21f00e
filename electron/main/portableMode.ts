import { existsSync } from 'node:fs';
import path from 'node:path';

export const PORTABLE_MARKER = 'dalili-portable.txt';
export const PORTABLE_DATA_FOLDER = 'DaliliData';

/**
 * Portable mode keeps every byte on the stick: started with --portable, or with a marker file beside
 * the executable (electron-builder's portable .exe reports its own folder in PORTABLE_EXECUTABLE_DIR).
 */
export function resolvePortableDataDir(
  argv: readonly string[],
  execPath: string,
  env: Readonly<Record<string, string | undefined>>,
  exists: (p: string) => boolean = existsSync,
): string | null {
  const exeDir = env.PORTABLE_EXECUTABLE_DIR ?? path.dirname(execPath);
  const wanted = argv.includes('--portable') || exists(path.join(exeDir, PORTABLE_MARKER));
  return wanted ? path.join(exeDir, PORTABLE_DATA_FOLDER) : null;
}
