import path from "node:path";

/**
 * Client features stay one-way: a file in client/src/features/<name>/ may import components/,
 * lib/, state/, sync/ and @brownpaper/shared, never another feature and never app/ (the
 * composition root, which wires features together through slots). A relative import is
 * resolved against the importing file, so `../voting/x` and `../../features/voting/x` are both
 * caught. A rule of our own rather than eslint-plugin-import's no-restricted-paths, which skips
 * imports its resolver cannot resolve (extension-less .tsx ones, without a TypeScript resolver).
 */
const FEATURES = path.join("client", "src", "features");
const APP = path.join("client", "src", "app");

function featureOf(relativeFile) {
  if (!relativeFile.startsWith(FEATURES + path.sep)) return null;
  return relativeFile.slice(FEATURES.length + 1).split(path.sep)[0];
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "a client feature imports no other feature and not app/" },
    messages: {
      sibling:
        "Feature '{{from}}' imports feature '{{to}}'. Features import only components/, lib/, state/, sync/ and shared; move what both need there, or let app/ pass it in through a slot (components/feature-slots.tsx).",
      app: "Feature '{{from}}' imports app/ ('{{source}}'): app/ composes features, not the other way round.",
    },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd;
    const file = path.relative(cwd, context.filename);
    const from = featureOf(file);
    if (from === null) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.relative(cwd, path.resolve(path.dirname(context.filename), source));
      const to = featureOf(target);
      if (to !== null && to !== from) context.report({ node: node.source, messageId: "sibling", data: { from, to } });
      else if (target === APP || target.startsWith(APP + path.sep))
        context.report({ node: node.source, messageId: "app", data: { from, source } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { "feature-boundaries": rule } };
