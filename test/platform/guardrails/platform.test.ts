import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { guardrailConfigOf } from '../../../templates/platform/guardrails/settings-config';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { settingsFixture } from '../settings-fixture';

describe('the platform as synthesized today', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-platform-'));
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const settings = settingsFixture();
  const app = new App({ outdir });
  createPlatformStacks(app, settings);
  app.synth();
  const report = runGuardrails(loadApp(outdir), guardrailConfigOf(settings));

  test('reads every synthesized stack', () => {
    expect(report.stats.stacks).toBe(app.node.children.filter((c) => c instanceof TerraformStack).length);
    expect(report.stats.resources).toBeGreaterThan(50);
  });

  test('has no unsuppressed findings', () => {
    expect(report.findings.length === 0 ? '' : consoleReport(report)).toBe('');
    expect(report.failed).toBe(false);
  });
});
