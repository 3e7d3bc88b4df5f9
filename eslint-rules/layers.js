// Enforces the dependency direction of DESIGN.md ("Layout: dependencies point one way").
import path from 'node:path';

const packageLayers = {
  react: ['ui', 'i18n', 'features', 'app', 'entry'],
  'react-dom': ['app', 'entry'],
  dexie: ['db', 'features', 'app'],
  'dexie-react-hooks': ['features', 'app'],
  recharts: ['features', 'app'],
  papaparse: ['worker'],
};

const allowedLayers = {
  core: ['core'],
  db: ['core', 'db'],
  worker: ['core', 'worker'],
  i18n: ['core', 'i18n'],
  ui: ['core', 'ui', 'i18n'],
  features: ['core', 'db', 'worker', 'ui', 'i18n', 'features'],
  app: ['core', 'db', 'worker', 'ui', 'i18n', 'features', 'app'],
  entry: ['app'],
};

function locate(absolutePath, srcRoot) {
  const relative = path.relative(srcRoot, absolutePath);
  if (relative.startsWith('..')) return undefined;
  const [first, second] = relative.split(path.sep);
  if (first === 'main.tsx') return { layer: 'entry' };
  if (first === 'features') return { layer: 'features', feature: second };
  return { layer: first };
}

export default {
  meta: {
    type: 'problem',
    messages: {
      layer: "'{{from}}' may not import from '{{to}}' (see DESIGN.md layout).",
      feature: "Feature '{{from}}' may not import another feature ('{{to}}'); compose them in src/app.",
      pkg: "'{{pkg}}' may not be imported in '{{from}}' (see DESIGN.md layout).",
    },
    schema: [],
  },
  create(context) {
    const filename = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = locate(filename, srcRoot);
    if (!from || /\.test\.tsx?$/.test(filename)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        const pkg = source.split('/')[0];
        const allowed = packageLayers[pkg];
        if (allowed && !allowed.includes(from.layer)) {
          context.report({ node, messageId: 'pkg', data: { pkg, from: from.layer } });
        }
        return;
      }
      const to = locate(path.resolve(path.dirname(filename), source), srcRoot);
      if (!to) return;
      if (!(allowedLayers[from.layer] ?? []).includes(to.layer)) {
        context.report({ node, messageId: 'layer', data: { from: from.layer, to: to.layer } });
      } else if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature) {
        context.report({ node, messageId: 'feature', data: { from: from.feature, to: to.feature } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
