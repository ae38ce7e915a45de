import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enAreasLater, enFrameLater, enLater, enPanelsLater } from '../../src/i18n/enLater';
import { keyUses, readSource, ROOT, sourceFiles } from './sourceScan';

// English's strings of the later views load with those views, not with the
// first view's script. What keeps that safe: no code that can run before they
// load uses one. Checked on the source, by its imports:
// - the views loaded through withLaterMessages(() => import(…)) are "later";
// - so is a file that only later files import (statically);
// - every file that names a key of enLater.ts must be later.

interface SourceGraph {
  /** For each file, the files that import it statically (value imports; `import type` loads nothing). */
  importers: Map<string, Set<string>>;
  /** Files a withLaterMessages(…) call imports dynamically. */
  laterRoots: Set<string>;
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier));
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((file) => existsSync(join(ROOT, file))) ?? null;
}

function insideWithLaterMessages(node: ts.Node): boolean {
  for (let up = node.parent; up; up = up.parent) {
    if (ts.isCallExpression(up) && ts.isIdentifier(up.expression) && up.expression.text === 'withLaterMessages') return true;
  }
  return false;
}

function sourceGraph(files: readonly string[]): SourceGraph {
  const importers = new Map<string, Set<string>>();
  const laterRoots = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const onlyTypes = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly));
        const target = resolveImport(file, node.moduleSpecifier.text);
        if (target && !onlyTypes) (importers.get(target) ?? importers.set(target, new Set()).get(target)!).add(file);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
        const target = resolveImport(file, (node.arguments[0] as ts.StringLiteral).text);
        if (target && insideWithLaterMessages(node)) laterRoots.add(target);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { importers, laterRoots };
}

/** The later files: the roots, and every file all of whose static importers are later. */
function laterFiles(files: readonly string[], graph: SourceGraph): Set<string> {
  const later = new Set(graph.laterRoots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of files) {
      const by = graph.importers.get(file);
      if (!later.has(file) && by && by.size > 0 && [...by].every((importer) => later.has(importer))) {
        later.add(file);
        grew = true;
      }
    }
  }
  return later;
}

const files = sourceFiles('src').filter((file) => !file.startsWith('src/i18n/'));
const graph = sourceGraph(sourceFiles('src'));
const later = laterFiles(sourceFiles('src'), graph);

describe('the later views’ English strings (enLater.ts)', () => {
  it('are used only by code that loads through withLaterMessages, or that only such code imports', () => {
    const keys = Object.keys(enLater);
    const misplaced: string[] = [];
    for (const file of files) {
      if (later.has(file)) continue;
      const uses = keyUses(file, readSource(file));
      for (const key of keys) if (uses.literals.has(key) || uses.patterns.some((p) => p.test(key))) misplaced.push(`${file}: ${key}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('finds the later views by their loaders, and not the first view’s code', () => {
    for (const view of ['src/ui/TableView.tsx', 'src/ui/EmbedDialog.tsx', 'src/ui/CouncilPanel.tsx', 'src/ui/PartnershipPanel.tsx', 'src/ui/PartnershipText.tsx', 'src/ui/DataNotice.tsx', 'src/ui/exportPng.ts']) {
      expect(later.has(view), view).toBe(true);
    }
    // Imported only by the table: later too.
    expect(later.has('src/model/table.ts')).toBe(true);
    for (const first of ['src/ui/Explorer.tsx', 'src/ui/ExplorerPanel.tsx', 'src/ui/PartnershipList.tsx', 'src/ui/describe.ts', 'src/ui/hooks/useAnnouncement.ts', 'src/main.tsx']) {
      expect(later.has(first), first).toBe(false);
    }
  });

  it('catches a first-view file naming a later key (the check can fail)', () => {
    const uses = keyUses('src/ui/Sample.tsx', "export const label = (tr: Translator) => tr.t('table.title');");
    expect(later.has('src/ui/Sample.tsx')).toBe(false);
    expect(uses.literals.has('table.title') && 'table.title' in enLater).toBe(true);
  });

  it('are not also in the first view’s catalogue, and are made of the three parts', () => {
    expect(Object.keys(enLater).filter((key) => key in en)).toEqual([]);
    expect(Object.keys(enLater).sort()).toEqual([...Object.keys(enFrameLater), ...Object.keys(enPanelsLater), ...Object.keys(enAreasLater)].sort());
  });
});
