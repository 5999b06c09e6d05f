import { Component, javascript, Task } from 'projen';
import { ActionPins } from './action-refs';
import { BuildWorkflow } from './build-workflow';
import { DeployWorkflow } from './deploy-workflow';
import { DriftWorkflow } from './drift-workflow';
import { PlanWorkflow } from './plan-workflow';
import { TemplateUpgradeWorkflow } from './template-upgrade-workflow';
import { CiContext } from './workflow-kit';
import { ResolvedCiCd } from '../resolve/ci/resolve-ci';

export interface CiCdComponentOptions {
  readonly ci: ResolvedCiCd;
  /** The synthesized app (`cdktf.out`). */
  readonly outdir: string;
  readonly synthTask: Task;
  readonly validateTask: Task;
  /** The branch that holds what is deployed. */
  readonly defaultBranch: string;
  /**
   * Node.js version of the workflows.
   * @default "lts/*"
   */
  readonly nodeVersion?: string;
}

/** The GitHub Actions workflows of a generated repository, as managed files (see docs/ci-cd.md). */
export class CiCd extends Component {
  constructor(project: javascript.NodeProject, options: CiCdComponentOptions) {
    super(project);
    const gitHub = project.github;
    const { ci } = options;
    if (!gitHub || ci.workflows.size === 0) return;

    const pins = new ActionPins(ci.actionRefs);
    pins.applyTo(gitHub);
    const ctx: CiContext = { ...options, project, github: gitHub, pins, nodeVersion: options.nodeVersion ?? 'lts/*' };
    if (ci.workflows.has('build')) new BuildWorkflow(ctx);
    if (ci.workflows.has('plan')) new PlanWorkflow(ctx);
    if (ci.workflows.has('deploy')) new DeployWorkflow(ctx);
    if (ci.workflows.has('drift')) new DriftWorkflow(ctx);
    if (ci.workflows.has('template-upgrade')) new TemplateUpgradeWorkflow(ctx);
  }
}

