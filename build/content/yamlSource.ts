import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { ErrorList } from './contentError';

// YAML with positions: the compiler reports errors at the line of the field concerned, in the
// Markdown file, so every YAML block remembers where it starts.

export interface YamlSource {
  value: unknown;
  /** File line of the key (for a map field) or item (for a list element) at `path`, or of the nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** File line where the scalar at `path` starts its text (the line after `|` for block scalars). */
  textLineOf: (path: readonly PropertyKey[]) => number;
}

export const parseYamlSource = (
  text: string,
  firstLine: number,
  file: string,
  errors: ErrorList,
): YamlSource | undefined => {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number): number => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.add(file, toFileLine(e.pos[0]), `YAML: ${e.message.split('\n')[0] ?? ''}`);
    return undefined;
  }

  const locate = (path: readonly PropertyKey[]): { line: number; node?: Node } => {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return { line };
        if (isScalar(pair.key) && pair.key.range) line = toFileLine(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (!item) return { line };
        const range = (item as Node).range;
        if (range) line = toFileLine(range[0]);
        node = item;
      } else {
        return { line };
      }
    }
    return { line, node: node as Node };
  };

  // An alias that expands to a huge tree (the "billion laughs" alias bomb) makes toJS throw; the
  // refusal must name the file and the line of the first alias, like every other error.
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let aliasAt = 0;
    visit(doc, {
      Alias: (_key, node) => {
        aliasAt = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    errors.add(file, toFileLine(aliasAt), `YAML refused: ${reason} (anchors and aliases, \`&name\` / \`*name\`, expand to too much data)`);
    return undefined;
  }

  return {
    value,
    lineOf: (path) => locate(path).line,
    textLineOf: (path) => {
      const { line, node } = locate(path);
      if (!node?.range) return line;
      const start = toFileLine(node.range[0]);
      const indicator = text[node.range[0]];
      return indicator === '|' || indicator === '>' ? start + 1 : start;
    },
  };
};
