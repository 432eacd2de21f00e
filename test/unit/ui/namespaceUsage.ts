import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { catalog } from '../../../renderer/ui/i18n/catalog';

// Which catalogue namespaces the code reachable from an entry file can show: every string literal that is
// a message key, and every template literal whose head starts one (`cases.status.${status}`), in the files
// the entry imports, statically or with import(), through relative paths. Files under a stop folder (the
// pages, from the shell) are not followed: they are loaded and gated on their own.
// Labels of the vocabulary are keys built from a prefix (renderer/ui/i18n/vocabularyLabels.ts): a file that
// reads `VOCABULARY_LABELS.caseStatus` shows the namespace of that family's prefix (`cases.status` → cases);
// a file that hands the whole object on is counted as showing every family's.

const KEYS = new Set(
  Object.entries(catalog).flatMap(([ns, messages]) =>
    Object.keys((messages as { fr: Record<string, string> }).fr).map((k) => `${ns}.${k}`),
  ),
);
const NAMESPACES = Object.keys(catalog);
const LABELS_FILE = path.resolve(import.meta.dirname, '../../../renderer/ui/i18n/vocabularyLabels.ts');

/** Each family of VOCABULARY_LABELS → the namespace of its prefix, read from its `labelKeys('ns.…', …)` call. */
function readLabelFamilies(): Map<string, string> {
  const families = new Map<string, string>();
  const source = ts.createSourceFile(
    LABELS_FILE,
    readFileSync(LABELS_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'VOCABULARY_LABELS' &&
      node.initializer
    ) {
      const object = ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (!ts.isObjectLiteralExpression(object))
        throw new Error('VOCABULARY_LABELS is no longer an object literal');
      for (const property of object.properties) {
        const call = ts.isPropertyAssignment(property) ? property.initializer : undefined;
        const prefix = call && ts.isCallExpression(call) ? call.arguments[0] : undefined;
        if (!property.name || !ts.isIdentifier(property.name) || !prefix || !ts.isStringLiteral(prefix))
          throw new Error(`VOCABULARY_LABELS: a family not written as name: labelKeys('prefix', …)`);
        families.set(property.name.text, prefix.text.slice(0, prefix.text.indexOf('.')));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (families.size === 0) throw new Error('VOCABULARY_LABELS not found in vocabularyLabels.ts');
  return families;
}
const LABEL_FAMILIES = readLabelFamilies();

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier.split('?')[0]!);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function namespaceOfLiteral(text: string, isTemplateHead: boolean): string | undefined {
  const ns = text.slice(0, text.indexOf('.'));
  if (!NAMESPACES.includes(ns)) return undefined;
  if (isTemplateHead) return [...KEYS].some((k) => k.startsWith(text)) ? ns : undefined;
  return KEYS.has(text) ? ns : undefined;
}

export interface NamespaceUsage {
  namespaces: Set<string>;
  files: Set<string>;
}

interface FileFacts {
  imports: string[];
  namespaces: string[];
}

const parsed = new Map<string, FileFacts>();

function readFacts(file: string): FileFacts {
  const known = parsed.get(file);
  if (known) return known;
  const imports: string[] = [];
  const namespaces = new Set<string>();
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  // Local names of VOCABULARY_LABELS in this file (`import { VOCABULARY_LABELS as LABELS }`).
  const labelNames = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) return;
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      resolveImport(file, node.moduleSpecifier.text) === LABELS_FILE
    ) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const el of bindings.elements)
          if ((el.propertyName ?? el.name).text === 'VOCABULARY_LABELS') labelNames.add(el.name.text);
    }
    // A family's prefix (`labelKeys('search.filter.kind', …)`) may itself be a key; it counts where the family is read.
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'labelKeys'
    ) {
      node.arguments.slice(1).forEach(visit);
      return;
    }
    if (ts.isIdentifier(node) && labelNames.has(node.text) && !ts.isImportSpecifier(node.parent)) {
      const access = node.parent;
      const family =
        ts.isPropertyAccessExpression(access) && access.expression === node
          ? LABEL_FAMILIES.get(access.name.text)
          : undefined;
      if (family) namespaces.add(family);
      else for (const ns of LABEL_FAMILIES.values()) namespaces.add(ns);
    }
    if (ts.isExportDeclaration(node) && node.isTypeOnly) return;
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const target = resolveImport(file, node.moduleSpecifier.text);
      if (target) imports.push(target);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      const target = arg && ts.isStringLiteral(arg) ? resolveImport(file, arg.text) : undefined;
      if (target) imports.push(target);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const ns = namespaceOfLiteral(node.text, false);
      if (ns) namespaces.add(ns);
    }
    if (ts.isTemplateHead(node)) {
      const ns = namespaceOfLiteral(node.text, true);
      if (ns) namespaces.add(ns);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const facts = { imports, namespaces: [...namespaces] };
  parsed.set(file, facts);
  return facts;
}

export function namespaceUsage(
  entries: readonly string[],
  stopFolders: readonly string[] = [],
): NamespaceUsage {
  const namespaces = new Set<string>();
  const files = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const facts = readFacts(file);
    for (const ns of facts.namespaces) namespaces.add(ns);
    for (const target of facts.imports)
      if (!stopFolders.some((stop) => target.startsWith(stop))) queue.push(target);
  }
  return { namespaces, files };
}
