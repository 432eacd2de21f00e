import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../renderer/core/vocabulary';

// One chunk per catalogue namespace and language (issue 17, point 8). The source keeps fr, en and sw side
// by side in one `defineNamespace({ fr, en, sw })` call, so the compiler checks that every key exists in
// every language; renderer/ui/i18n/catalogChunks.ts imports each file with `?lang=xx`, and this plugin
// keeps only that language in the module it gives the bundler. A French page then downloads French only.

// The languages come from the vocabulary (a folder with no dependency, which the config bundler takes in).
const CATALOG_FILE = new RegExp(
  `[\\\\/]renderer[\\\\/]ui[\\\\/]i18n[\\\\/]catalog[\\\\/]([a-z][A-Za-z]*)\\.ts\\?lang=(${LANGUAGES.join('|')})$`,
);

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

/**
 * The French namespaces the frame and one page need, read from pageNamespaces.ts (SHELL_NAMESPACES and
 * PAGE_NAMESPACES[route]) without running it: a Vite config cannot import the renderer's TypeScript.
 */
export function startNamespaces(pageNamespacesFile: string, route: string): string[] {
  const file = ts.createSourceFile(
    pageNamespacesFile,
    readFileSync(pageNamespacesFile, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const strings = (node: ts.Expression | undefined): string[] =>
    node && ts.isArrayLiteralExpression(node)
      ? node.elements.filter(ts.isStringLiteral).map((e) => e.text)
      : [];
  const found: string[] = [];
  let shell = false;
  let page = false;
  file.forEachChild((statement) => {
    if (!ts.isVariableStatement(statement)) return;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      if (declaration.name.text === 'SHELL_NAMESPACES') {
        found.push(...strings(declaration.initializer));
        shell = true;
      }
      if (
        declaration.name.text === 'PAGE_NAMESPACES' &&
        declaration.initializer &&
        ts.isObjectLiteralExpression(declaration.initializer)
      ) {
        const entry = declaration.initializer.properties.find(
          (p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === route,
        );
        if (entry && ts.isPropertyAssignment(entry)) {
          found.push(...strings(entry.initializer));
          page = true;
        }
      }
    }
  });
  if (!shell || !page)
    throw new Error(`${pageNamespacesFile}: SHELL_NAMESPACES or PAGE_NAMESPACES.${route} not found`);
  return found;
}

export interface CatalogChunkOptions {
  /**
   * French namespaces the start page needs: index.html asks for them with `<link rel="modulepreload">`,
   * beside the start bundle, instead of after it has run. French is always loaded (the reference),
   * whatever the interface language.
   */
  startNamespaces?: readonly string[];
  /** The start page's module (`renderer/ui/pages/LibraryPage.tsx`), preloaded the same way. */
  startPage?: string;
  /** Other chunks the start needs, by name (`intl-messageformat`, the pack's start reads `packSources`, `lazy`). */
  startChunks?: readonly string[];
}

/** Vite plugin: `catalog/<namespace>.ts?lang=<language>` holds that language only, in a chunk named after both. */
export function catalogChunks(settings: CatalogChunkOptions = {}): Plugin {
  return {
    name: 'dalili-catalog-chunks',
    enforce: 'pre',
    transform(code, id) {
      const match = CATALOG_FILE.exec(id);
      if (!match) return null;
      const cut = keepOneLanguage(code, match[2]!, path.basename(id.split('?')[0]!));
      // A namespace written in another shape would silently ship every language: fail the build instead.
      if (cut === undefined)
        this.error(`${match[1]}.ts: expected one defineNamespace({ ${LANGUAGES.join(', ')} }) call`);
      return { code: cut, map: null };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return undefined;
        const wanted = new Set(settings.startNamespaces ?? []);
        const files: string[] = [];
        // A start chunk's static imports are preloaded too, all the way down: otherwise each level is asked
        // for only once the one above has run (issue 17, point 8).
        const withImports = (fileName: string): void => {
          if (files.includes(fileName)) return;
          files.push(fileName);
          const chunk = context.bundle?.[fileName];
          if (chunk?.type === 'chunk') for (const next of chunk.imports) withImports(next);
        };
        for (const output of Object.values(context.bundle)) {
          if (output.type !== 'chunk') continue;
          if (settings.startChunks?.includes(output.name)) withImports(output.fileName);
          if (!output.facadeModuleId) continue;
          const facade = CATALOG_FILE.exec(output.facadeModuleId);
          const isStartPage =
            settings.startPage !== undefined &&
            output.facadeModuleId.replaceAll('\\', '/').endsWith(settings.startPage);
          if (facade ? facade[2] === 'fr' && wanted.has(facade[1]!) : isStartPage)
            withImports(output.fileName);
        }
        const entries = new Set(
          Object.values(context.bundle).flatMap((o) => (o.type === 'chunk' && o.isEntry ? [o.fileName] : [])),
        );
        return [...new Set(files)]
          .filter((file) => !entries.has(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
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
