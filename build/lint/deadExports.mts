import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Exports nothing imports (issue 17, point 9): `npx tsx build/lint/deadExports.mts`. A report to read, not a
// gate: an export can be kept on purpose (a face's API, an entry file, a type that documents a shape).
// Every import (static, `export … from`, `import()` of a module, whose exports all count as used) is
// resolved through re-exports to the declaration it reaches; an export reached by no other file is listed,
// and so is one reached only from test/ ("used by its test alone").

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['renderer', 'electron', 'build', 'test'];
const SKIP = [
  path.join(ROOT, 'test/fixtures/violations'),
  path.join(ROOT, 'build/fixtures'),
  path.join(ROOT, 'test/fixtures/i18n'),
];
// Entry files: their exports are read by tools (vite, vitest) or declare a JavaScript module's.
const isEntry = (file: string) => /\.config\.mts$|\.d\.mts$/.test(file);

function sources(dir: string): string[] {
  if (SKIP.some((s) => dir.startsWith(s))) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = [
  ...FOLDERS.flatMap((f) => sources(path.join(ROOT, f))),
  ...readdirSync(ROOT)
    .filter((n) => n.endsWith('.mts'))
    .map((n) => path.join(ROOT, n)),
];
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node', 'vite/client'],
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
});
const checker = program.getTypeChecker();
const ours = (f: ts.SourceFile) => f.fileName.startsWith(ROOT) && !f.fileName.includes('node_modules');
const isTest = (file: string) => path.relative(ROOT, file).startsWith('test' + path.sep);

/** Declaration symbol → the files that import it. */
const importers = new Map<ts.Symbol, Set<string>>();
const use = (symbol: ts.Symbol | undefined, by: string) => {
  if (!symbol) return;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const set = importers.get(target) ?? new Set<string>();
  set.add(by);
  importers.set(target, set);
};
const useModule = (specifier: ts.Expression, by: string) => {
  const module = checker.getSymbolAtLocation(specifier);
  if (module) for (const exported of checker.getExportsOfModule(module)) use(exported, by);
};

for (const file of program.getSourceFiles().filter(ours)) {
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.name) use(checker.getSymbolAtLocation(clause.name), file.fileName);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const el of bindings.elements) use(checker.getSymbolAtLocation(el.name), file.fileName);
      if (bindings && ts.isNamespaceImport(bindings)) useModule(node.moduleSpecifier, file.fileName);
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.exportClause)
      useModule(node.moduleSpecifier, file.fileName);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0]
    )
      useModule(node.arguments[0], file.fileName);
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Whether the file itself uses the symbol (then only the word `export` is extra, not the code). */
function usedInside(file: ts.SourceFile, symbol: ts.Symbol): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && !isDeclarationName(node)) {
      const s = checker.getSymbolAtLocation(node);
      if (s === symbol || (s && s.flags & ts.SymbolFlags.Alias && checker.getAliasedSymbol(s) === symbol))
        found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
const isDeclarationName = (id: ts.Identifier) =>
  ts.isExportSpecifier(id.parent) || (id.parent as ts.NamedDeclaration).name === id;

const report: string[] = [];
for (const file of program.getSourceFiles().filter(ours)) {
  if (isTest(file.fileName) || isEntry(file.fileName)) continue;
  const module = checker.getSymbolAtLocation(file);
  if (!module) continue;
  for (const exported of checker.getExportsOfModule(module)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    // A re-export is judged at the declaration it forwards.
    if (target.declarations?.[0]?.getSourceFile() !== file) continue;
    const by = [...(importers.get(target) ?? [])].filter((f) => f !== file.fileName);
    const where = path.relative(ROOT, file.fileName);
    if (by.length === 0)
      report.push(
        `${where}: ${exported.name} (${usedInside(file, target) ? 'used only in its file' : 'used nowhere'})`,
      );
    else if (by.every(isTest) && !usedInside(file, target))
      report.push(`${where}: ${exported.name} (used by tests alone)`);
  }
}
console.log(report.sort().join('\n'));
console.log(`\n${report.length} exports`);
