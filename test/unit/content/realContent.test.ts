import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { formatError } from '../../../build/content/contentError';
import { readContentDir } from '../../../build/content/readContentDir';

// The real content/ is written by others in parallel: this may be red while they work. The failure
// lists every error with file:line so it says exactly what to fix.

describe('the real content/', () => {
  it('compiles without errors', () => {
    const result = compileContent(readContentDir(resolve(import.meta.dirname, '../../../content')));
    expect(result.errors.map(formatError)).toEqual([]);
    expect(result.documents.length).toBeGreaterThan(0);
  });
});
