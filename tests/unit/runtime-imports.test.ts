import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * ESLint checks each file's own imports; this follows them. From every entrypoint, through every value
 * import (an `import type` is erased by the build), no module the extension runs may reach zod.
 */

const root = join(import.meta.dirname, '..', '..');
const ENTRYPOINTS = [
  'entrypoints/background.ts',
  'entrypoints/loader/index.ts',
  'entrypoints/panel/index.tsx',
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/guide/main.tsx',
];

function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
      const typeOnly = ts.isImportDeclaration(node)
        ? clause?.isTypeOnly ||
          (clause !== undefined &&
            !clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly))
        : node.isTypeOnly;
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const resolveLocal = (from: string, specifier: string): string | undefined =>
  ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => join(dirname(from), specifier + ending))
    .find((path) => existsSync(path) && /\.tsx?$/.test(path));

/** Every path from `entry` to a `zod` import, as chains of repository paths. */
function pathsToZod(entry: string): string[] {
  const seen = new Set<string>();
  const chains: string[] = [];
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) chains.push([...chain, 'zod'].join(' → '));
      if (!specifier.startsWith('.')) continue;
      const next = resolveLocal(file, specifier.split('?')[0]!);
      if (next) walk(next, [...chain, relative(root, next)]);
    }
  };
  walk(join(root, entry), [entry]);
  return chains;
}

describe('runtime code stays zod-free', () => {
  it.each(ENTRYPOINTS.map((entry) => [entry]))('%s reaches no zod import', (entry) => {
    expect(existsSync(join(root, entry))).toBe(true);
    expect(pathsToZod(entry)).toEqual([]);
  });

  it('would catch one: wxt.config.ts, which validates at build time, does reach zod', () => {
    expect(pathsToZod('wxt.config.ts').length).toBeGreaterThan(0);
  });
});
