// Lint rule: code outside a feature of renderer/core reaches it only through its face (index.ts).
// A feature's own files import each other freely; another feature, the UI and the host adapters
// import `core/<feature>` and nothing deeper, so a feature can reshape its insides without ripples.
// A feature may also offer `lazy.ts`: the part of its face the UI loads on demand with import(), so that
// it stays out of the start-up bundle; and light faces, `<name>Face.ts` beside index.ts (e.g.
// `core/library/listFace.ts`): a few pure exports for a page that must not load the whole feature
// (issue 17, point 8: the first page imports only what it runs). A light face is still a face: it
// re-exports, and the feature's other files stay private.
import path from 'node:path';

const CORE = path.resolve(import.meta.dirname, '../../renderer/core');

/** The core feature a path lies in, and the path inside it ('' for the folder itself). */
function locate(file) {
  const rel = path.relative(CORE, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [feature, ...rest] = rel.split(path.sep);
  return { feature: feature.replace(/\.(ts|tsx)$/, ''), inside: rest.join('/').replace(/\.(ts|tsx)$/, '') };
}

export const featureFaces = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another core feature through its index.ts face.' },
    messages: {
      face: "Import '{{feature}}' through its face ('core/{{feature}}', 'core/{{feature}}/lazy' on demand, or a light face 'core/{{feature}}/<name>Face'), not its internal file '{{inside}}'.",
    },
    schema: [],
  },
  create(context) {
    const own = locate(context.filename);
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = locate(path.resolve(path.dirname(context.filename), source));
      if (!target || target.feature === own?.feature) return;
      if (target.inside === '' || target.inside === 'index' || target.inside === 'lazy') return;
      if (/^[a-z][A-Za-z0-9]*Face$/.test(target.inside)) return;
      context.report({ node: node.source, messageId: 'face', data: target });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const housePlugin = { rules: { 'feature-faces': featureFaces } };
