import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export type BuilderConfig = Record<string, unknown> & { electronDist?: string };

/**
 * Reads electron-builder.yml and, when DALILI_ELECTRON_DIST names a local Electron archive or folder,
 * points electronDist at it so packaging needs no download.
 */
export function loadBuilderConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): BuilderConfig {
  const config = parse(readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
  const dist = env.DALILI_ELECTRON_DIST?.trim();
  if (dist) config.electronDist = path.resolve(dist);
  return config;
}
