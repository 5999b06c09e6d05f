import { Project } from 'projen';
import { ManagedSourceFile } from './managed-source-file';
import { PlatformSettings } from '../kernel/settings-model';

/** `src/platform/settings.ts`: the options of `.projenrc.ts`, resolved and typed for the platform library. */
export class PlatformSettingsFile extends ManagedSourceFile {
  constructor(project: Project, filePath: string, settings: PlatformSettings) {
    super(
      project,
      filePath,
      [
        "import { PlatformSettings } from './settings-model';",
        '',
        `export const settings: PlatformSettings = ${JSON.stringify(settings, undefined, 2)};`,
      ].join('\n'),
    );
  }
}
