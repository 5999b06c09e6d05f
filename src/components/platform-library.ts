import * as fs from 'fs';
import * as path from 'path';
import { Component, Project } from 'projen';
import { ManagedSourceFile } from './managed-source-file';
import { listTemplateFiles, TEMPLATES_DIR } from '../templates';

/**
 * Stamps the platform library (`templates/platform/**`) into `src/platform/` as managed, read-only files.
 * Tests of the library stay in this package; a file the library drops disappears from repositories on the
 * next `npx projen`, because projen removes generated files that are no longer synthesized.
 */
export class PlatformLibrary extends Component {
  public static readonly TEMPLATE_DIR = 'platform';
  public readonly files: readonly string[];

  constructor(project: Project, outdir: string) {
    super(project);
    this.files = listTemplateFiles(PlatformLibrary.TEMPLATE_DIR)
      .filter((file) => !file.endsWith('.test.ts'))
      .map((file) => {
        const target = path.posix.join(outdir, file);
        const source = fs.readFileSync(path.join(TEMPLATES_DIR, PlatformLibrary.TEMPLATE_DIR, file), 'utf-8');
        new ManagedSourceFile(project, target, source);
        return target;
      });
  }
}
