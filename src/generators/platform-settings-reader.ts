import { platformPath } from '../repository-layout';

/** The parts of a repository's `src/platform/settings.ts` the generators need. */
export interface RepositorySettings {
  readonly project: string;
  readonly environments: ReadonlyArray<{ readonly name: string; readonly accountId: string; readonly regions: readonly string[] }>;
  readonly regionCodes: Readonly<Record<string, string>>;
}

/** The managed file `npx projen` renders the settings into. */
export const SETTINGS_FILE = platformPath('settings.ts');

const SETTINGS_OBJECT = /export const settings: PlatformSettings = (\{[\s\S]*\});\s*$/;

/**
 * Reads the settings that `npx projen` renders into `src/platform/settings.ts` (a managed file whose object literal
 * is JSON), so that the generators check environments and regions against the repository's own options.
 */
export function readRepositorySettings(source: string, file = SETTINGS_FILE): RepositorySettings {
  const match = SETTINGS_OBJECT.exec(source);
  if (!match) {
    throw new Error(`${file} does not hold the settings that \`npx projen\` writes; run \`npx projen\` to restore it`);
  }
  return JSON.parse(match[1]) as RepositorySettings;
}
