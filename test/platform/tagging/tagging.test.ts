import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Aspects, TerraformStack, Testing } from 'cdktf';
import { AutoScalingTagPropagation } from '../../../templates/platform/tagging/auto-scaling-tag-propagation';
import { RequiredTagsConfigRules } from '../../../templates/platform/tagging/required-tags-config-rules';

const TAGS = { Environment: 'dev', Owner: 'team', CostCenter: 'cc-1', Project: 'payments', ManagedBy: 'terraform', DataClassification: 'internal', Compliance: 'pci' };

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'dev-us-east-1');
  new AwsProvider(s, 'aws', { region: 'us-east-1' });
  return s;
}

describe('AutoScalingTagPropagation', () => {
  test('adds every required tag with propagate_at_launch and keeps the tags the group sets', () => {
    const s = stack();
    new AutoscalingGroup(s, 'group', {
      minSize: 1,
      maxSize: 2,
      vpcZoneIdentifier: ['subnet-a', 'subnet-b'],
      tag: [{ key: 'Name', value: 'app', propagateAtLaunch: true }, { key: 'Owner', value: 'team', propagateAtLaunch: true }],
    });
    Aspects.of(s).add(new AutoScalingTagPropagation(TAGS));
    const group = Object.values(JSON.parse(Testing.synth(s)).resource.aws_autoscaling_group)[0] as any;
    const tags = Object.fromEntries(group.tag.map((t: any) => [t.key, t]));
    expect(Object.keys(tags).sort()).toEqual(['Name', ...Object.keys(TAGS)].sort());
    for (const [key, value] of Object.entries(TAGS)) expect(tags[key]).toEqual({ key, value, propagate_at_launch: true });
    expect(group.tag.filter((t: any) => t.key === 'Owner')).toHaveLength(1);
  });
});

describe('RequiredTagsConfigRules', () => {
  test('one REQUIRED_TAGS rule per six tags, with keys and values as input parameters', () => {
    const s = stack();
    new RequiredTagsConfigRules(s, 'required-tags', { namePrefix: 'payments-dev-us-east-1', tags: TAGS });
    const rules = Object.values(JSON.parse(Testing.synth(s)).resource.aws_config_config_rule) as any[];
    expect(rules.map((r) => r.name)).toEqual(['payments-dev-us-east-1-required-tags-1', 'payments-dev-us-east-1-required-tags-2']);
    for (const rule of rules) expect(rule.source).toEqual({ owner: 'AWS', source_identifier: 'REQUIRED_TAGS' });
    expect(JSON.parse(rules[0].input_parameters)).toEqual({
      tag1Key: 'Environment',
      tag1Value: 'dev',
      tag2Key: 'Owner',
      tag2Value: 'team',
      tag3Key: 'CostCenter',
      tag3Value: 'cc-1',
      tag4Key: 'Project',
      tag4Value: 'payments',
      tag5Key: 'ManagedBy',
      tag5Value: 'terraform',
      tag6Key: 'DataClassification',
      tag6Value: 'internal',
    });
    expect(JSON.parse(rules[1].input_parameters)).toEqual({ tag1Key: 'Compliance', tag1Value: 'pci' });
  });

  test('six tags or fewer make a single rule without a suffix', () => {
    const s = stack();
    const { Compliance: _, ...six } = TAGS;
    new RequiredTagsConfigRules(s, 'required-tags', { namePrefix: 'p', tags: six });
    expect(Object.values(JSON.parse(Testing.synth(s)).resource.aws_config_config_rule).map((r: any) => r.name)).toEqual(['p-required-tags']);
  });
});
