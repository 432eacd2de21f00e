import path from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

// One chunk per catalogue namespace and language (issue 17, point 8). The source keeps fr, en and sw side
// by side in one `defineNamespace({ fr, en, sw })` call, so the compiler checks that every key exists in
// every language; renderer/ui/i18n/catalogChunks.ts imports each file with `?lang=xx`, and this plugin
// keeps only that language in the module it gives the bundler. A French page then downloads French only.

const CATALOG_FILE = /[\\/]renderer[\\/]ui[\\/]i18n[\\/]catalog[\\/]([a-z][A-Za-z]*)\.ts\?lang=(fr|en|sw)$/;
const LANGUAGES = ['fr', 'en', 'sw'] as const;

/** The source with `defineNamespace({ fr, en, sw })` cut down to `({ <language> })`; undefined when absent. */
export function keepOneLanguage(
  source: string,
  language: string,
  fileName = 'catalog.ts',
): string | undefined {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let argument: ts.ObjectLiteralExpression | undefined;
  let call: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (argument) return;
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineNamespace'
    ) {
      const first = node.arguments[0];
      if (first && ts.isObjectLiteralExpression(first) && node.arguments.length === 1) {
        argument = first;
        call = node;
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!argument || !call) return undefined;
  const kept = argument.properties.find(
    (p) =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === language,
  );
  if (!kept || !ts.isPropertyAssignment(kept)) return undefined;
  const others = argument.properties.filter(
    (p) =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text !== language,
  );
  if (others.length !== LANGUAGES.length - 1) return undefined;
  // defineNamespace is the identity (it exists for the compiler): the call goes too, and with it a tiny chunk.
  const replacement = `({ ${language}: ${source.slice(kept.initializer.getStart(file), kept.initializer.getEnd())} })`;
  return source.slice(0, call.getStart(file)) + replacement + source.slice(call.getEnd());
}

/** Vite plugin: `catalog/<namespace>.ts?lang=<language>` holds that language only, in a chunk named after both. */
export function catalogChunks(): Plugin {
  return {
    name: 'dalili-catalog-chunks',
    enforce: 'pre',
    transform(code, id) {
      const match = CATALOG_FILE.exec(id);
      if (!match) return null;
      const cut = keepOneLanguage(code, match[2]!, path.basename(id.split('?')[0]!));
      // A namespace written in another shape would silently ship every language: fail the build instead.
      if (cut === undefined) this.error(`${match[1]}.ts: expected one defineNamespace({ fr, en, sw }) call`);
      return { code: cut, map: null };
    },
    outputOptions(options) {
      const fallback = options.chunkFileNames ?? 'assets/[name]-[hash].js';
      return {
        ...options,
        // `i18n-cases.fr-<hash>.js`: the browser test and the start-up bench recognise catalogue chunks by name.
        chunkFileNames: (chunk) => {
          const facade = chunk.facadeModuleId ? CATALOG_FILE.exec(chunk.facadeModuleId) : null;
          if (facade) return `assets/i18n-${facade[1]}.${facade[2]}-[hash].js`;
          return typeof fallback === 'function' ? fallback(chunk) : fallback;
        },
      };
    },
  };
}
