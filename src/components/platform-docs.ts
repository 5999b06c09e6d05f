import * as fs from 'fs';
import * as path from 'path';
import { Component, Project, TextFile } from 'projen';

/** The documentation of secure-aws-stack that describes what a generated repository contains. */
export const SHIPPED_DOCS: readonly string[] = ['platform.md', 'guardrails.md', 'ci-cd.md'];

/** Where this package keeps its docs (shipped in the tarball): `<package>/docs`, from `lib/components` or `src/components`. */
const PACKAGE_DOCS_DIR = path.join(__dirname, '..', '..', 'docs');

/**
 * Managed copies of the platform, guardrails and CI/CD documentation in `docs/` of a generated repository, so that the
 * team reads the version that matches the platform it runs. (`docs/architecture.md` is written by every synthesis,
 * `docs/tagging.md` by the tagging component.)
 */
export class PlatformDocs extends Component {
  constructor(project: Project) {
    super(project);
    for (const doc of SHIPPED_DOCS) {
      const body = fs.readFileSync(path.join(PACKAGE_DOCS_DIR, doc), 'utf-8');
      const note =
        '> Shipped by secure-aws-stack and rewritten by `npx projen`. In this repository the platform ' +
        'library (`templates/platform/` in the package) is `src/platform/`; other `src/` paths name the package\'s own sources.';
      new TextFile(project, `docs/${doc}`, { lines: [note, '', ...body.replace(/\n$/, '').split('\n')], readonly: true });
    }
  }
}
