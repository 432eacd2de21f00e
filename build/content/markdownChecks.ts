import type { ErrorList } from './contentError';
import { findRawHtml } from '../../renderer/core/workshop/entryRules';

/** A piece of Markdown and the file line its first line sits on. */
export interface MarkdownChunk {
  text: string;
  line: number;
}

export const lineAt = (chunk: MarkdownChunk, offset: number): number => {
  let line = chunk.line;
  for (let i = 0; i < offset && i < chunk.text.length; i++) if (chunk.text[i] === '\n') line++;
  return line;
};

/**
 * Raw HTML (block, inline or comment) is refused everywhere: the UI sanitises what it renders, but
 * content should never depend on that, and HTML would not survive translation or printing anyway.
 */
export const checkRawHtml = (chunk: MarkdownChunk, file: string, errors: ErrorList): void => {
  const found = findRawHtml(chunk.text);
  let from = 0;
  const reported = new Set<number>();
  for (const raw of found) {
    const at = chunk.text.indexOf(raw.trim(), from);
    if (at >= 0) from = at + 1;
    const line = lineAt(chunk, Math.max(0, at));
    if (reported.has(line)) continue;
    reported.add(line);
    const shown = raw.trim().split('\n')[0]?.slice(0, 40) ?? '';
    errors.add(file, line, `raw HTML is not allowed (found \`${shown}\`): write Markdown instead`);
  }
};

export interface CrossRef {
  target: string;
  label: string | undefined;
  start: number;
  end: number;
}

const CROSS_REF = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

export const findCrossRefs = (text: string): CrossRef[] =>
  [...text.matchAll(CROSS_REF)].map((m) => ({
    target: (m[1] ?? '').trim(),
    label: m[2]?.trim() || undefined,
    start: m.index,
    end: m.index + m[0].length,
  }));
