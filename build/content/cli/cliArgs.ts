import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

// Shared option parsing for the content scripts; unknown options are errors, not silently ignored.

export const cliArgs = (options: NonNullable<ParseArgsConfig['options']>) =>
  parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });

export const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};

export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
