import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Three runtimes, three configurations: the compiler itself must refuse Node in the renderer and the
// DOM in main. Each fixture is compiled with the real options of the configuration it violates.

const root = path.resolve(__dirname, '../../..');
const fixture = (name: string) => path.join(root, 'test/fixtures/violations', name);

function optionsOf(configDir: string): ts.CompilerOptions {
  const configPath = path.join(root, configDir, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath)).options;
}

function errorsOf(configDir: string, file: string): string[] {
  const program = ts.createProgram([file], optionsOf(configDir));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('one configuration per runtime', () => {
  it('refuses Buffer, process and fs in renderer code', () => {
    const errors = errorsOf('renderer', fixture('rendererUsesNode.ts')).join('\n');
    expect(errors).toMatch(/Cannot find module 'fs'/);
    expect(errors).toMatch(/Cannot find name 'Buffer'/);
    expect(errors).toMatch(/Cannot find name 'process'/);
  }, 60_000);

  it('refuses document and window in main-process code', () => {
    const errors = errorsOf('electron', fixture('mainUsesDom.ts')).join('\n');
    expect(errors).toMatch(/Cannot find name 'document'/);
    expect(errors).toMatch(/Cannot find name 'window'/);
  }, 60_000);

  it('accepts a neutral contract in both runtimes', () => {
    expect(errorsOf('renderer', fixture('neutralContract.ts'))).toEqual([]);
    expect(errorsOf('electron', fixture('neutralContract.ts'))).toEqual([]);
  }, 60_000);

  it('compiles the bridge contract under both configurations', () => {
    const contract = path.join(root, 'renderer/contract/bridgeContract.ts');
    expect(errorsOf('renderer', contract)).toEqual([]);
    expect(errorsOf('electron', contract)).toEqual([]);
  }, 60_000);
});
