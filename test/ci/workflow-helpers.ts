import { parse } from 'yaml';
import { SecureAwsStackProjectOptions } from '../../src';
import { synthProject } from '../synth-helper';

export interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}

export interface Job {
  readonly 'name'?: string;
  readonly 'needs'?: string | string[];
  readonly 'if'?: string;
  readonly 'permissions': Record<string, string>;
  readonly 'environment'?: string;
  readonly 'timeout-minutes'?: number;
  readonly 'concurrency'?: { 'group': string; 'cancel-in-progress': boolean };
  readonly 'strategy'?: { 'fail-fast'?: boolean; 'matrix': Record<string, unknown> };
  readonly 'outputs'?: Record<string, string>;
  readonly 'steps': Step[];
}

export interface Workflow {
  readonly name: string;
  readonly on: Record<string, any>;
  readonly concurrency?: { 'group': string; 'cancel-in-progress': boolean };
  readonly jobs: Record<string, Job>;
}

export interface SynthesizedCi {
  readonly files: Record<string, any>;
  /** Raw YAML by file name (`build.yml`). */
  readonly yaml: Record<string, string>;
  /** Parsed workflows by file name. */
  readonly workflows: Record<string, Workflow>;
}

export function synthCi(options: Partial<SecureAwsStackProjectOptions> = {}): SynthesizedCi {
  const files = synthProject(options);
  const yaml: Record<string, string> = {};
  const workflows: Record<string, Workflow> = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /^\.github\/workflows\/(.+\.yml)$/.exec(file);
    if (!match) continue;
    yaml[match[1]] = content as string;
    workflows[match[1]] = parse(content as string) as Workflow;
  }
  return { files, yaml, workflows };
}

export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : ([] as string[]).concat(job.needs);
}

export function allJobs(ci: SynthesizedCi): Array<{ file: string; id: string; job: Job }> {
  return Object.entries(ci.workflows).flatMap(([file, workflow]) =>
    Object.entries(workflow.jobs).map(([id, job]) => ({ file, id, job })),
  );
}

/** Options of a larger organisation: four environments, three regions, explicit roles and SHA pinning everywhere. */
export const ENTERPRISE_OPTIONS: Partial<SecureAwsStackProjectOptions> = {
  environments: ['dev', 'qa', 'staging', 'production'],
  accountIds: ['dev=111111111111', 'qa=222222222222', 'staging=333333333333', 'production=444444444444'],
  preset: 'enterprise',
  primaryRegion: 'eu-west-1',
  planRoleArns: ['production=arn:aws:iam::444444444444:role/ci/payments-readonly'],
  deployRoleArns: ['production=arn:aws:iam::444444444444:role/ci/payments-apply'],
  terraformVersion: '1.12.2',
  driftSchedule: '0 */6 * * *',
  templateUpgradeSchedule: '30 3 * * 2',
  ciRequireShaPinning: true,
  ciActionRefs: {
    'actions/setup-node': '49933ea5288caeca8642d1e84afbd3f7d6820020',
    'aws-actions/configure-aws-credentials': 'b47578312673ae6fa5b5096b330d9fbac3d116df',
    'peter-evans/create-pull-request': '271a8d0340265f705b14b6d32b9829c1cb33d45e',
    'hashicorp/setup-terraform': 'b9cd54a3c349d3f38e8881555d616ced269862dd',
    'github/codeql-action/upload-sarif': '4e94bd11f71e507f7f87df81788dff88d1dacbfb',
  },
  workflowNodeVersion: '22.x',
};
