import * as fs from 'fs';
import * as path from 'path';
import { codeLines, PLATFORM_DIR, platformSources } from './platform-sources';
import { EnvironmentCapabilities } from '../../../templates/platform/settings-model';

/**
 * One assembler per capability key: `capabilities/<key>.ts` (kebab-case) is the only code that reads
 * `environment.capabilities.<key>`, and `docs/platform.md` documents the key under a heading of the same name. A
 * record typed by the settings model, so a new capability key does not type-check until it has its file here.
 */
const ASSEMBLER_FILES: Record<keyof EnvironmentCapabilities, string> = {
  network: 'capabilities/network.ts',
  storage: 'capabilities/storage.ts',
  webTier: 'capabilities/web-tier.ts',
  database: 'capabilities/database.ts',
  dynamodb: 'capabilities/dynamodb.ts',
  backup: 'capabilities/backup.ts',
  edge: 'capabilities/edge.ts',
  operations: 'capabilities/operations.ts',
  audit: 'capabilities/audit.ts',
  encryption: 'capabilities/encryption.ts',
};

/** Folders of settings-free constructs: they take plain props, never the settings. */
const CONSTRUCT_FOLDERS = ['audit', 'compute', 'data', 'edge', 'encryption', 'hardening', 'identity', 'network', 'operations', 'storage'];

const sources = platformSources();
const hits = (pattern: RegExp, files = sources) =>
  files.flatMap(({ file, text }) =>
    codeLines(text).flatMap(({ line, code }) => [...code.matchAll(pattern)].map((match) => ({ file, line, match, code: code.trim() }))),
  );

describe('one assembler per capability key', () => {
  test.each(Object.entries(ASSEMBLER_FILES))('capabilities.%s has its assembler %s', (key, file) => {
    expect(fs.existsSync(path.join(PLATFORM_DIR, file))).toBe(true);
    expect(hits(/\.capabilities\.(\w+)/g).filter(({ match }) => match[1] === key).length).toBeGreaterThan(0);
  });

  test('a capability is read only by its own assembler', () => {
    const owner = new Map(Object.entries(ASSEMBLER_FILES).map(([key, file]) => [file, key]));
    const strays = hits(/\.capabilities\b(\.(\w+))?/g)
      .filter(({ file, match }) => match[2] === undefined || owner.get(file) !== match[2])
      .map(({ file, line, code }) => `${file}:${line}: ${code}`);
    expect(strays).toEqual([]);
  });

  test('construct folders are settings-free', () => {
    const inFolders = sources.filter(({ file }) => CONSTRUCT_FOLDERS.includes(file.split('/')[0]));
    expect(inFolders.length).toBeGreaterThan(50);
    const imports = hits(/from '\.\.\/(settings-model|capabilities\/scope)'/g, inFolders).map(({ file, line, code }) => `${file}:${line}: ${code}`);
    expect(imports).toEqual([]);
  });

  test('docs/platform.md has a section per capability key', () => {
    const docs = fs.readFileSync(path.join(PLATFORM_DIR, '..', '..', 'docs', 'platform.md'), 'utf-8');
    const headings = [...docs.matchAll(/^### `(\w+)`/gm)].map((m) => m[1]);
    expect(headings).toEqual(expect.arrayContaining(Object.keys(ASSEMBLER_FILES)));
  });
});
