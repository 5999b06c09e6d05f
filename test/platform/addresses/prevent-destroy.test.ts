import { App, TerraformStack, Testing } from 'cdktf';
import { resolveSettings } from '../../../src/resolve-settings';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { isStatefulResourceType } from '../../../templates/platform/upgrades/stateful-resources';

/** Every resource of every stack: `<stack>/<address>` → its synthesized attributes. */
function synthesizedResources(preventDestroyExemptions: string[] = []): Map<string, any> {
  const settings = resolveSettings({
    name: 'payments',
    defaultReleaseBranch: 'main',
    preset: 'baseline',
    environments: ['dev', 'production'],
    networkCidr: '10.64.0.0/10',
    capabilities: { webTier: { domainName: 'app.example.com' }, edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' } },
    preventDestroyExemptions,
  });
  const app = Testing.app();
  createPlatformStacks(app as App, settings);
  const resources = new Map<string, any>();
  for (const stack of app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack)) {
    const json = JSON.parse(Testing.synth(stack));
    for (const [type, byName] of Object.entries<Record<string, any>>(json.resource ?? {})) {
      for (const [name, body] of Object.entries(byName)) resources.set(`${stack.node.id}/${type}.${name}`, body);
    }
  }
  return resources;
}

const typeOf = (key: string) => key.split('/')[1].split('.')[0];
const protectedAddresses = (resources: Map<string, any>) =>
  [...resources].filter(([, body]) => body.lifecycle?.prevent_destroy === true).map(([key]) => key);

describe('prevent_destroy', () => {
  const resources = synthesizedResources();
  const statefulKeys = [...resources.keys()].filter((key) => isStatefulResourceType(typeOf(key)));

  test('protects every stateful resource of production environments, and only those', () => {
    const production = statefulKeys.filter((key) => key.startsWith('production-'));
    expect(production.length).toBeGreaterThan(20);
    expect(new Set(production.map(typeOf))).toEqual(
      new Set([
        'aws_kms_key', 'aws_kms_alias', 'aws_s3_bucket', 'aws_db_instance', 'aws_db_parameter_group', 'aws_dynamodb_table',
        'aws_backup_vault', 'aws_cloudtrail', 'aws_cloudwatch_log_group', 'aws_config_configuration_recorder', 'aws_route53_record',
      ]),
    );
    expect(protectedAddresses(resources).sort()).toEqual(production.sort());
  });

  test('leaves development environments destroyable', () => {
    expect(protectedAddresses(resources).filter((key) => key.startsWith('dev-'))).toEqual([]);
  });

  test('keeps the other lifecycle settings of a resource', () => {
    const records = [...resources].filter(([key]) => key.startsWith('production-') && typeOf(key) === 'aws_route53_record');
    expect(records.length).toBeGreaterThan(0);
    const certificateRecord = records.find(([, body]) => body.lifecycle?.create_before_destroy !== undefined);
    if (certificateRecord) expect(certificateRecord[1].lifecycle).toMatchObject({ create_before_destroy: true, prevent_destroy: true });
    for (const [, body] of records) expect(body.lifecycle.prevent_destroy).toBe(true);
  });

  test('spares the exempted addresses, by exact address or pattern', () => {
    const exempted = synthesizedResources([
      'production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC',
      'production-account/aws_cloudwatch_log_group.*',
    ]);
    const unprotected = statefulKeys.filter((key) => key.startsWith('production-') && !protectedAddresses(exempted).includes(key));
    expect(unprotected.filter((key) => typeOf(key) !== 'aws_cloudwatch_log_group')).toEqual(['production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC']);
    expect(unprotected.filter((key) => typeOf(key) === 'aws_cloudwatch_log_group').every((key) => key.startsWith('production-account/'))).toBe(true);
    expect(unprotected.length).toBeGreaterThan(1);
  });
});
