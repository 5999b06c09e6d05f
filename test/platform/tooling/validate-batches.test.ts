import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../../templates/platform/tooling/terraform-stacks';
import { offlineTerraformAvailable, unitTerraformEnv, TERRAFORM } from '../offline-validate';
import { capture } from './fake-terraform';

/**
 * Validation in batches with the real Terraform and hashicorp/aws: diagnostics land on the stack they belong to, the
 * warning that calling a stack as a module causes is dropped, and the outcome is the one Terraform gives each stack
 * on its own.
 */
const provider = { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } };
const backend = { backend: { s3: { bucket: 'state', key: 'x.tfstate', region: 'us-east-1' } } };
const bucket = (attributes: object) => ({ resource: { aws_s3_bucket: { data: { bucket: 'data', ...attributes } } } });

function outdirOf(stacks: Record<string, object>): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-validate-batches-'));
  const manifest: Record<string, unknown> = {};
  for (const [name, config] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, 'stacks', name), { recursive: true });
    fs.writeFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), JSON.stringify(config));
    manifest[name] = { name, workingDirectory: `stacks/${name}`, dependencies: [] };
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ stacks: manifest }));
  return outdir;
}

(offlineTerraformAvailable() ? describe : describe.skip)('validate in batches with the real Terraform', () => {
  test('an invalid argument fails only its stack, with Terraform\'s message; the other stacks are valid', async () => {
    const outdir = outdirOf({
      'dev-account': { terraform: { ...provider, ...backend }, provider: { aws: [{ region: 'us-east-1' }] }, ...bucket({}) },
      'dev-us-east-1': { terraform: { ...provider, ...backend }, provider: { aws: [{ region: 'us-east-1' }] }, ...bucket({ kms_key_idx: 'x' }) },
      'dev-us-west-2': { terraform: { ...provider, ...backend }, provider: { aws: [{ region: 'us-west-2' }] }, ...bucket({}) },
    });
    const out = capture();
    const code = await run('validate', [], [], { outdir, terraform: TERRAFORM, out, interactive: false, concurrency: 1, env: { ...unitTerraformEnv(outdir), CI: 'true' } });
    expect(code).toBe(1);
    const log = (stack: string) => fs.readFileSync(path.join(outdir, 'logs', 'validate', `${stack}.log`), 'utf-8');
    expect(log('dev-us-east-1')).toContain('Error: Extraneous JSON object property');
    expect(log('dev-us-east-1')).toMatch(/on cdk\.tf\.json line \d+, in resource\.aws_s3_bucket\.data/);
    expect(log('dev-us-east-1')).toContain('No argument or block type is named "kms_key_idx".');
    for (const stack of ['dev-account', 'dev-us-west-2']) {
      expect(log(stack)).toContain('Success! The configuration is valid.');
      expect(log(stack)).not.toContain('Backend configuration ignored');
    }
    expect(out.text()).toMatch(/dev-account\s+ok/);
    expect(out.text()).toMatch(/dev-us-east-1\s+failed/);
    expect(out.text()).toContain('[dev-us-east-1] terraform validate (one run with 2 other stacks)');
  }, 120_000);
});
