import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { SecureAwsStackProjectOptions } from '../../../src';
import { resolveSettings } from '../../../src/resolve-settings';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { GuardrailReport, runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { guardrailConfigOf } from '../../../templates/platform/guardrails/settings-config';
import { buildPlatform } from '../../../templates/platform/platform';
import { PlatformSettings } from '../../../templates/platform/settings-model';

export const BASE_OPTIONS: SecureAwsStackProjectOptions = {
  name: 'payments',
  defaultReleaseBranch: 'main',
  organization: 'acme',
  environments: ['dev', 'prod'],
  accountIds: ['dev=111111111111', 'prod=222222222222'],
  networkCidr: '10.64.0.0/10',
  secondaryRegions: ['us-west-2'],
};

/** A platform synthesized from options as `npx projen` resolves them, its stacks' JSON and its guardrail report. */
export interface OrgApp {
  readonly settings: PlatformSettings;
  readonly stacks: Record<string, any>;
  readonly report: GuardrailReport;
  /** The findings in the console format, '' when there are none. */
  readonly findings: string;
  readonly outdir: string;
}

export function synthOrgApp(options: Partial<SecureAwsStackProjectOptions>): OrgApp {
  const settings = resolveSettings({ ...BASE_OPTIONS, ...options });
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'org-fit-'));
  const app = new App({ outdir });
  buildPlatform(app, settings);
  app.synth();
  const stacks: Record<string, any> = {};
  for (const name of fs.readdirSync(path.join(outdir, 'stacks'))) {
    stacks[name] = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf-8'));
  }
  const report = runGuardrails(loadApp(outdir), guardrailConfigOf(settings));
  return { settings, stacks, report, findings: report.findings.length === 0 ? '' : consoleReport(report), outdir };
}

/** Resource types declared by a stack (the `resource` section of cdk.tf.json). */
export function resourceTypes(stack: any): string[] {
  return Object.keys(stack?.resource ?? {});
}

export function resourcesOf(stack: any, type: string): any[] {
  return Object.values(stack?.resource?.[type] ?? {});
}

/** Every stack's resources of a type, by stack name. */
export function countByStack(stacks: Record<string, any>, type: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(stacks)
      .map(([name, stack]) => [name, resourcesOf(stack, type).length] as const)
      .filter(([, n]) => n > 0),
  );
}
