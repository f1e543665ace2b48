import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';

const CSGHUB = path.join(ROOT, 'src/csghub');

function sourceOf(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
}

/** Names a module declares with `export` (types, interfaces, classes, functions, constants). */
function declaredExports(file: string): string[] {
  const names: string[] = [];
  for (const statement of sourceOf(file).statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const { name } of statement.declarationList.declarations) {
        if (ts.isIdentifier(name)) names.push(name.text);
      }
    } else if (
      (ts.isClassDeclaration(statement) ||
        ts.isFunctionDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}

/** Names an entry point re-exports (`export { A, type B } from …`). */
function reExports(file: string): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceOf(file).statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) names.add(element.name.text);
  }
  return names;
}

describe('the csgkit/csghub entry point', () => {
  const entry = reExports(path.join(CSGHUB, 'index.ts'));
  // Helpers shared inside one resource folder; not part of the API.
  const internal = new Set(['accounting/body-pages.ts', 'users/user-pages.ts']);
  const resources = readdirSync(path.join(CSGHUB, 'resources'), {
    recursive: true,
    encoding: 'utf8',
  })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.ts') && !internal.has(name));

  it.each(resources)('exports every public name of resources/%s', (name) => {
    const declared = declaredExports(path.join(CSGHUB, 'resources', name));
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((exported) => !entry.has(exported))).toEqual([]);
  });

  it('exports what streams, downloads and pages hand to callers', () => {
    const wanted = [
      'StatusEvent',
      'StatusReadingError',
      'LogLine',
      'FileDownload',
      'DownloadOptions',
    ];
    wanted.push('CsghubPage', 'RepoId');
    expect(wanted.filter((name) => !entry.has(name))).toEqual([]);
  });
});
