import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diagnosticsByStack, writeBatchRoot } from '../../templates/platform/tooling/validate-batches';
import { checkTerraformTools, offlineTerraformEnv, persistentTempDir } from '../e2e/harness';

/**
 * `terraform validate` of synthesized stacks against the offline mirror of hashicorp/aws, the way the repositories'
 * `npx projen validate` does it: the stacks in one Terraform run, as modules of a batch root (validate-batches.ts).
 */
export const TERRAFORM = 'terraform';

/** Whether Terraform and the mirror are installed; under CI=true their absence is a failure, not a skip. */
export function offlineTerraformAvailable(): boolean {
  const tools = checkTerraformTools();
  if (!tools.ok && process.env.CI === 'true') throw new Error(`CI=true but ${tools.reason}: stacks cannot be validated`);
  return tools.ok;
}

/**
 * Terraform's environment for the unit tests: the harness's, with a plugin cache of their own (the plugin cache is not
 * safe for concurrent installs, and the end-to-end files fill theirs at the same time).
 */
export function unitTerraformEnv(root: string): NodeJS.ProcessEnv {
  return offlineTerraformEnv(root, { pluginCache: persistentTempDir('sas-tf-plugin-cache') });
}

/**
 * Validates the stacks (name → synthesized JSON) and returns each stack's diagnostics as
 * `<severity>: <summary>: <detail>`; an empty list means valid without warnings.
 */
export function validateOffline(stacks: Record<string, string>): Record<string, string[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-validate-'));
  try {
    const env = unitTerraformEnv(root);
    const synthesized = Object.entries(stacks).map(([name, json]) => {
      const workingDirectory = path.join(root, 'stacks', name);
      fs.mkdirSync(workingDirectory, { recursive: true });
      fs.writeFileSync(path.join(workingDirectory, 'cdk.tf.json'), json);
      return { name, workingDirectory, dependencies: [] };
    });
    const batch = writeBatchRoot(path.join(root, 'batch'), synthesized);
    const terraform = (...args: string[]) => spawnSync(TERRAFORM, args, { cwd: batch.workingDirectory, env, encoding: 'utf8' });
    const init = terraform('init', '-backend=false', '-input=false', '-no-color');
    if (init.status !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
    const validate = terraform('validate', '-json', '-no-color');
    const byStack = diagnosticsByStack(batch, validate.stdout);
    if (!byStack) throw new Error(`terraform validate gave diagnostics that name no single stack:\n${validate.stdout}\n${validate.stderr}`);
    return Object.fromEntries([...byStack].map(([name, diagnostics]) => [name, diagnostics.map((d) => `${d.severity}: ${d.summary}: ${d.detail}`)]));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
