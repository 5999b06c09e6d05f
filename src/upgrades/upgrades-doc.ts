import { Component, Project, TextFile } from 'projen';
import { ALLOW_STATEFUL_CHANGES_LABEL, INFRA_NOOP_LABEL } from '../ci/impact-job';
import { PACKAGE_REPOSITORY_URL, UPGRADE_BRANCH_PREFIX } from '../ci/template-upgrade-workflow';
import { renderTemplate } from '../templates';

export interface UpgradesDocOptions {
  readonly allowedStatefulChanges: readonly string[];
  readonly preventDestroyExemptions: readonly string[];
}

/** `docs/upgrades.md` (managed): how upgrades arrive, the impact summary, allowances and `moved` blocks. */
export class UpgradesDoc extends Component {
  constructor(project: Project, options: UpgradesDocOptions) {
    super(project);
    new TextFile(project, 'docs/upgrades.md', {
      lines: renderTemplate('managed/upgrades.md.ejs', {
        packageName: 'secure-aws-stack',
        repositoryUrl: PACKAGE_REPOSITORY_URL,
        branchPrefix: UPGRADE_BRANCH_PREFIX,
        allowLabel: ALLOW_STATEFUL_CHANGES_LABEL,
        noopLabel: INFRA_NOOP_LABEL,
        allowed: [...options.allowedStatefulChanges],
        exemptions: [...options.preventDestroyExemptions],
      }).split('\n'),
      readonly: true,
    });
  }
}
