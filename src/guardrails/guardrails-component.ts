import { Component, Project, Task } from 'projen';
import { ManagedSourceFile } from '../components/managed-source-file';
import { typescriptCommand } from '../components/typescript-command';
import { ResolvedGuardrails } from '../resolve/guardrails/resolve-guardrails';
import { renderTemplate } from '../templates';

export interface GuardrailsComponentOptions {
  /** Where the platform library is stamped (`src/platform`). */
  readonly platformDir: string;
  /** The synthesized app (`cdktf.out`). */
  readonly outdir: string;
  /** The task that synthesizes the app; the guardrails run right after it. */
  readonly synthTask: Task;
  readonly guardrails: ResolvedGuardrails;
}

/**
 * The guardrails of a generated repository: their configuration rendered from the options
 * (`src/platform/guardrails/config.ts`), a `guardrails` task that runs after `synth` in every build, and a managed
 * test that checks the app in `npx projen test`.
 */
export class GuardrailsComponent extends Component {
  public readonly task: Task;

  constructor(project: Project, options: GuardrailsComponentOptions) {
    super(project);
    new ManagedSourceFile(
      project,
      `${options.platformDir}/guardrails/config.ts`,
      renderTemplate('managed/guardrails-config.ts.ejs', { failOn: options.guardrails.failOn, suppressions: options.guardrails.suppressions }),
    );
    new ManagedSourceFile(project, 'test/guardrails.test.ts', renderTemplate('managed/guardrails.test.ts.ejs', {}));

    this.task = project.addTask('guardrails', {
      description: `Check the app synthesized by "${options.synthTask.name}" in ${options.outdir}/ against the guardrails; writes ${options.outdir}/guardrails.{json,sarif,md}`,
      env: { CDKTF_OUTDIR: options.outdir },
      steps: [{ execArgs: typescriptCommand(`${options.platformDir}/guardrails/cli.ts`), receiveArgs: true }],
    });
    // After the synth step that TerraformTasks adds to post-compile.
    project.postCompileTask.spawn(this.task);
  }
}
