import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Views and reports render the finding view (core/finding), never the evidence's own verdict: that one can be a
 * reported patch behind, or belong to a probe that was never sent (issue 17). This reads the code with the type
 * checker and fails on any `.verdict` read from a TargetResult in a component, an entrypoint, the notifications,
 * the report or the fleet events. core/finding itself is where the evidence's verdict becomes the view's.
 */
const WATCHED = ['components/', 'entrypoints/', 'core/report/', 'core/fleet/', 'utils/notify.ts', 'utils/badge.ts'];

function rawVerdictReads(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    const rel = path.relative(process.cwd(), file.fileName).split(path.sep).join('/');
    if (!WATCHED.some((w) => rel.startsWith(w)) || /\.test\.tsx?$/.test(rel)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'verdict') {
        const owner = checker.getTypeAtLocation(node.expression);
        const names = [owner, ...(owner.isUnion() ? owner.types : [])].map((t) => checker.typeToString(t));
        if (names.some((n) => /\bTargetResult\b|\bPick<TargetResult\b/.test(n))) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          found.push(`${rel}:${line + 1} ${node.getText()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('one truth', () => {
  it('no view, notification, report or fleet event reads the evidence’s own verdict', () => {
    expect(rawVerdictReads()).toEqual([]);
  }, 60_000);
});
