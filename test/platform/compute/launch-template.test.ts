import { Token } from 'cdktf';
import { onlyResource, synthJson, testStack } from './test-stack';
import { HardenedLaunchTemplate, HardenedLaunchTemplateProps, instanceArchitecture } from '../../../templates/platform/compute/launch-template';
import { hardenedUserData } from '../../../templates/platform/compute/user-data';

const KMS = 'arn:aws:kms:us-east-1:111111111111:key/abc';

function synth(overrides: Partial<HardenedLaunchTemplateProps> = {}) {
  const stack = testStack();
  new HardenedLaunchTemplate(stack, 'lt', {
    namePrefix: 'payments-dev-us-east-1',
    securityGroupIds: ['sg-app'],
    instanceProfileName: 'payments-dev-app',
    kmsKeyArn: KMS,
    ...overrides,
  });
  return onlyResource(synthJson(stack), 'aws_launch_template');
}

describe('HardenedLaunchTemplate', () => {
  const template = synth({ tags: { Environment: 'dev' } });

  test('requires IMDSv2 with a hop limit of 1', () => {
    expect(template.metadata_options).toMatchObject({ http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 });
  });

  test('never gives instances a public IP and uses only the given security groups', () => {
    expect(template.network_interfaces).toEqual([
      expect.objectContaining({ associate_public_ip_address: 'false', security_groups: ['sg-app'], device_index: 0 }),
    ]);
    expect(template.vpc_security_group_ids).toBeUndefined();
  });

  test('encrypts the gp3 root volume with the customer-managed key', () => {
    expect(template.block_device_mappings).toEqual([
      {
        device_name: '/dev/xvda',
        ebs: { volume_type: 'gp3', volume_size: 20, encrypted: 'true', kms_key_id: KMS, delete_on_termination: 'true' },
      },
    ]);
  });

  test('enables detailed monitoring and resolves the latest Amazon Linux 2023 AMI at launch', () => {
    expect(template.monitoring).toEqual({ enabled: true });
    expect(template.image_id).toBe('resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64');
    expect(synth({ instanceType: 't4g.small' }).image_id).toMatch(/-arm64$/);
  });

  test('tags instances, volumes and network interfaces at launch', () => {
    expect(template.tag_specifications.map((t: any) => t.resource_type)).toEqual(['instance', 'volume', 'network-interface']);
    for (const spec of template.tag_specifications) {
      expect(spec.tags).toEqual({ Name: 'payments-dev-us-east-1-app', Environment: 'dev' });
    }
  });

  test('user data is the base64 of the hardened script', () => {
    const script = Buffer.from(template.user_data, 'base64').toString('utf8');
    expect(script).toBe(hardenedUserData({}));
  });

  test('rejects user data with Terraform references', () => {
    const stack = testStack();
    expect(
      () =>
        new HardenedLaunchTemplate(stack, 'lt', {
          namePrefix: 'x',
          securityGroupIds: [],
          instanceProfileName: 'p',
          kmsKeyArn: KMS,
          logGroupName: Token.asString({ resolve: () => 'x' }),
        }),
    ).toThrow(/must not contain Terraform references/);
  });
});

describe('hardenedUserData', () => {
  const script = hardenedUserData({ logGroupName: '/platform/x/app-instances' });

  test('applies security updates now and daily', () => {
    expect(script).toContain('dnf -y upgrade --security');
    expect(script).toContain('upgrade_type = security');
    expect(script).toContain('apply_updates = yes');
    expect(script).toContain('systemctl enable --now dnf-automatic.timer');
  });

  test('disables sshd and unneeded services, hardens the kernel, keeps the SSM agent on', () => {
    expect(script).toMatch(/for unit in .*rpcbind\.service.* sshd\.service; do/);
    expect(script).toContain('net.ipv4.conf.all.accept_redirects = 0');
    expect(script).toContain('fs.suid_dumpable = 0');
    expect(script).toContain('systemctl enable --now amazon-ssm-agent');
    expect(hardenedUserData({ disableSsh: false })).not.toContain('sshd.service');
  });

  test('configures the CloudWatch agent with metrics and the log group', () => {
    const config = JSON.parse(script.split("<<'CWAGENT'\n")[1].split('\nCWAGENT')[0]);
    expect(config.metrics.metrics_collected.mem.measurement).toEqual(['mem_used_percent']);
    expect(config.logs.logs_collected.files.collect_list.every((f: any) => f.log_group_name === '/platform/x/app-instances')).toBe(true);
    expect(script).toContain('amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s');
  });

  test('runs the application script last, with a placeholder by default', () => {
    expect(script.trimEnd().endsWith('systemctl enable --now nginx')).toBe(true);
    expect(script).toContain('listen 8080 default_server;');
    expect(hardenedUserData({ applicationScript: 'echo app' }).trimEnd().endsWith('echo app')).toBe(true);
  });
});

test('instanceArchitecture recognises Graviton families', () => {
  expect(instanceArchitecture('t4g.micro')).toBe('arm64');
  expect(instanceArchitecture('c7gn.large')).toBe('arm64');
  expect(instanceArchitecture('m7i.large')).toBe('x86_64');
  expect(instanceArchitecture('t3.micro')).toBe('x86_64');
});
