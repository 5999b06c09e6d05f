import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { buildPlatform } from '../../../templates/platform/platform';
import { settingsFixture } from '../settings-fixture';

/**
 * Rules the platform does not satisfy yet because the resource that satisfies them belongs to a part of the
 * foundation still being built (VPC flow logs come with the audit/network foundation of issue 3). Remove an entry as
 * soon as the platform creates the resource; the test fails when an entry no longer has findings, so the list
 * cannot go stale.
 */
const PENDING_FOUNDATION: readonly string[] = ['network-vpc-flow-logs'];

describe('the platform as synthesized today', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-platform-'));
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const settings = settingsFixture();
  const app = new App({ outdir });
  buildPlatform(app, settings);
  app.synth();
  const report = runGuardrails(loadApp(outdir), {
    productionEnvironments: settings.environments.filter((e) => e.profile === 'production').map((e) => e.name),
    allowedTagValues: { ...settings.allowedTagValues, Environment: settings.environments.map((e) => e.name) },
  });

  test('reads every synthesized stack', () => {
    expect(report.stats.stacks).toBe(app.node.children.filter((c) => c instanceof TerraformStack).length);
    expect(report.stats.resources).toBeGreaterThan(50);
  });

  test('has no unsuppressed findings', () => {
    const unexpected = report.findings.filter((f) => !PENDING_FOUNDATION.includes(f.ruleId));
    expect(unexpected.length === 0 ? '' : consoleReport({ ...report, findings: unexpected })).toBe('');
  });

  test('every pending rule still has findings (otherwise remove it from PENDING_FOUNDATION)', () => {
    for (const id of PENDING_FOUNDATION) expect(report.findings.some((f) => f.ruleId === id)).toBe(true);
  });
});
