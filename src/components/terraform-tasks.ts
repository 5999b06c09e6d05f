import { Component, Project, Task } from 'projen';
import { typescriptCommand } from './typescript-command';

export interface TerraformTasksOptions {
  /** The file that builds the app. */
  readonly appEntrypoint: string;
  /** The script that clears the output, synthesizes the app and draws it, in one process. */
  readonly synthEntrypoint: string;
  /** The multi-stack Terraform runner stamped with the platform library. */
  readonly runnerEntrypoint: string;
  /** Where synthesis writes (`cdktf.out`). */
  readonly outdir: string;
  /** The Markdown file it writes after every synthesis (`docs/architecture.md`). */
  readonly architectureDoc: string;
}

/**
 * Synthesis and Terraform tasks. There is no cdktf-cli: the app runs with node (its TypeScript compiled by swc as it
 * loads, so it needs no compile step) and Terraform runs directly in `cdktf.out/stacks/<stack>`.
 */
export class TerraformTasks extends Component {
  public readonly synth: Task;
  public readonly validate: Task;

  constructor(project: Project, options: TerraformTasksOptions) {
    super(project);
    this.synth = project.addTask('synth', {
      description: `Synthesize every stack into ${options.outdir}/ (clearing it first), then draw ${options.architectureDoc}`,
      env: { CDKTF_OUTDIR: options.outdir },
      steps: [{ execArgs: typescriptCommand(options.synthEntrypoint, options.appEntrypoint, options.architectureDoc) }],
    });

    const runner = (name: string, description: string): Task =>
      project.addTask(name, {
        description,
        env: { CDKTF_OUTDIR: options.outdir },
        // An argv, not a shell line: projen's shell would expand a stack pattern such as `*` to file names.
        steps: [{ execArgs: typescriptCommand(options.runnerEntrypoint, name), receiveArgs: true }],
      });

    this.validate = runner(
      'validate',
      'terraform init -backend=false + validate for every synthesized stack (respects TF_CLI_CONFIG_FILE); stack names or patterns select stacks',
    );
    runner('plan', 'terraform plan for the given stacks (default: all), in dependency order; saves tfplan in each stack folder');
    runner('diff', 'terraform plan -detailed-exitcode for the given stacks; exits 2 when any stack has changes');
    runner('deploy', 'terraform apply for the given stacks (default: all), in dependency order');
    runner('destroy', 'terraform destroy for the given stacks (default: all), in reverse dependency order');

    project.postCompileTask.spawn(this.synth);
  }
}
