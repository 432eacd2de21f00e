import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Reads renderer sources the way the lock and form-history house tests need: module-level state
// (any `let`, and any `const` holding a new Map/Set/WeakMap/WeakSet or an empty array or object) and
// the form controls of every component.

export const ROOT = path.resolve(__dirname, '../../..');

export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

export function parse(file: string): ts.SourceFile {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

const CONTAINERS = /^(Map|Set|WeakMap|WeakSet)$/;

/** `file:name` of every module-level variable that can change after the module loaded. */
export function moduleState(file: string): string[] {
  const found: string[] = [];
  for (const statement of parse(file).statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const isLet = (statement.declarationList.flags & ts.NodeFlags.Let) !== 0;
    for (const d of statement.declarationList.declarations) {
      const init = d.initializer;
      const container =
        init !== undefined &&
        ((ts.isNewExpression(init) && CONTAINERS.test(init.expression.getText())) ||
          (ts.isArrayLiteralExpression(init) && init.elements.length === 0) ||
          (ts.isObjectLiteralExpression(init) && init.properties.length === 0));
      if (isLet || container) found.push(`${file}:${d.name.getText()}`);
    }
  }
  return found;
}

export interface Control {
  file: string;
  line: number;
  tag: string;
  type: string | null;
  autoComplete: string | null;
}

/** Every <input>, <textarea> and <form> element written in JSX, with its type and autoComplete. */
export function formControls(file: string): Control[] {
  const sf = parse(file);
  const out: Control[] = [];
  const literal = (attrs: ts.JsxAttributes, name: string): string | null | undefined => {
    const attr = attrs.properties.find((a) => ts.isJsxAttribute(a) && a.name.getText() === name);
    if (!attr || !ts.isJsxAttribute(attr)) return undefined;
    return attr.initializer && ts.isStringLiteral(attr.initializer) ? attr.initializer.text : null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText();
      if (tag === 'input' || tag === 'textarea' || tag === 'form') {
        const autoComplete = literal(node.attributes, 'autoComplete');
        out.push({
          file,
          line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          tag,
          type: literal(node.attributes, 'type') ?? null,
          autoComplete: autoComplete === undefined ? null : (autoComplete ?? 'expression'),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
