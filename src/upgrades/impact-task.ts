import { Component, Project, Task } from 'projen';
import { typescriptCommand } from '../components/typescript-command';

export interface ImpactTaskOptions {
  /** The impact runner stamped with the platform library. */
  readonly runnerEntrypoint: string;
  /** Where synthesis writes (`cdktf.out`). */
  readonly outdir: string;
  /** `<stack>/<address>` patterns of stateful resources allowed to be destroyed or replaced. */
  readonly allowedStatefulChanges: readonly string[];
}

/**
 * `npx projen impact [stack…]`: per stack, what the saved plans create, update, replace, destroy and move, and every
 * stateful resource they destroy or replace; exits 2 when one is not allowed. Kept apart from the Terraform runner:
 * it only reads plans (`terraform show -json tfplan`), never changes anything.
 */
export class ImpactTask extends Component {
  public static readonly TASK_NAME = 'impact';
  public readonly task: Task;

  constructor(project: Project, options: ImpactTaskOptions) {
    super(project);
    this.task = project.addTask(ImpactTask.TASK_NAME, {
      description:
        'Summarize the saved plans (npx projen plan) per stack; exits 2 when a stateful resource would be destroyed or replaced without an allowance',
      env: {
        CDKTF_OUTDIR: options.outdir,
        ...(options.allowedStatefulChanges.length > 0 ? { IMPACT_ALLOWED_CHANGES: options.allowedStatefulChanges.join(' ') } : {}),
      },
      // An argv, not a shell line: stack patterns (`'dev-*'`) reach the runner as typed.
      steps: [{ execArgs: typescriptCommand(options.runnerEntrypoint), receiveArgs: true }],
    });
  }
}
