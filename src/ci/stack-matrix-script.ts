import { typescriptCommand } from '../components/typescript-command';
import { platformPath } from '../repository-layout';

/**
 * The platform library's stack-matrix step (`templates/platform/tooling/stack-matrix.ts`, built on the kernel's
 * manifest code): the synth job runs it with node and the platform library's TypeScript loader after the install,
 * once the app is synthesized. The stacks are read from the synthesized app, not computed from the settings:
 * src/main.ts belongs to the team, which may add stacks of its own.
 */
export const STACK_MATRIX_RUNNER = platformPath('tooling/stack-matrix.ts');

/** The command of the step that lists the stacks of each environment (`stacks` output). */
export function stackMatrixCommand(outdir: string, environments: readonly string[]): string {
  return typescriptCommand(STACK_MATRIX_RUNNER, outdir, ...environments).join(' ');
}
