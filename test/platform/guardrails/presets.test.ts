import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { resolveSettings } from '../../../src/resolve-settings';
import { loadApp } from '../../../templates/platform/guardrails/app-model';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { consoleReport } from '../../../templates/platform/guardrails/reporters/console';
import { guardrailConfigOf } from '../../../templates/platform/guardrails/settings-config';
import { createPlatformStacks } from '../../../templates/platform/platform';

// Every preset, with the settings `npx projen` renders for it, synthesizes with zero guardrail findings.
describe.each(['baseline', 'multi-region', 'enterprise'])('the %s preset', (preset) => {
  test('has no guardrail findings', () => {
    const settings = resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', preset, environments: ['dev', 'staging', 'prod'] } as any);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `guardrails-${preset}-`));
    try {
      const app = new App({ outdir });
      createPlatformStacks(app, settings);
      app.synth();
      const report = runGuardrails(loadApp(outdir), guardrailConfigOf(settings));
      expect(report.findings.length === 0 ? '' : consoleReport(report)).toBe('');
      expect(report.stats.stacks).toBeGreaterThanOrEqual(settings.environments.length * 2);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);
});
