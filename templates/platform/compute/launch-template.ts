import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Construct } from 'constructs';
import { Token } from '../engine';
import { hardenedUserData, HardenedUserDataOptions } from './user-data';

/** The latest Amazon Linux 2023 AMI, resolved by EC2 at launch from the public SSM parameter (no AMI look-up to plan). */
export function amazonLinux2023Ami(architecture: 'x86_64' | 'arm64'): string {
  return `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${architecture}`;
}

/** Whether an image id is resolved by EC2 from a Systems Manager parameter (`resolve:ssm:<parameter>`). */
export function isSsmParameterImage(imageId: string): boolean {
  return imageId.startsWith('resolve:ssm:');
}

/** Graviton instance families (`t4g`, `m7g`, `c7gn`…) run arm64 images. */
export function instanceArchitecture(instanceType: string): 'x86_64' | 'arm64' {
  return /^[a-z]+\d+g[a-z]*\./.test(instanceType) ? 'arm64' : 'x86_64';
}

export interface HardenedLaunchTemplateProps extends HardenedUserDataOptions {
  /** Prefix of the launch template name, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** Security groups of the instances' network interface (the app tier group). */
  readonly securityGroupIds: readonly string[];
  /** Instance profile that grants the instances SSM, the CloudWatch agent and their own parameters. */
  readonly instanceProfileName: string;
  /** Customer-managed KMS key that encrypts the root volume. */
  readonly kmsKeyArn: string;
  /**
   * Tags of the instances, their volumes and network interfaces (provider `default_tags` do not reach resources that
   * EC2 Auto Scaling launches).
   * @default { Name: '<namePrefix>-app' }
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * @default 't3.micro'
   */
  readonly instanceType?: string;
  /**
   * AMI id, or `resolve:ssm:<parameter>`.
   * @default the latest Amazon Linux 2023 AMI of the instance type's architecture
   */
  readonly imageId?: string;
  /**
   * @default 20
   */
  readonly rootVolumeSizeGb?: number;
  /**
   * Root device of the AMI.
   * @default '/dev/xvda' (Amazon Linux)
   */
  readonly rootDeviceName?: string;
  /**
   * One-minute CloudWatch metrics.
   * @default true
   */
  readonly detailedMonitoring?: boolean;
  /**
   * A complete user data script, replacing the hardened script (which is then your responsibility).
   * @default the hardened script of `hardenedUserData`
   */
  readonly userData?: string;
}

/**
 * A launch template for application instances: IMDSv2 only with a hop limit of 1 (containers on the host cannot reach
 * the instance credentials), an encrypted gp3 root volume with the customer-managed key, no public IP, detailed
 * monitoring, and a hardened first-boot script.
 */
export class HardenedLaunchTemplate extends Construct {
  public readonly launchTemplate: LaunchTemplate;
  /** The image id of the template: an AMI id or `resolve:ssm:<parameter>`. */
  public readonly imageId: string;
  /** The user data script, before base64 encoding. */
  public readonly userData: string;

  constructor(scope: Construct, id: string, props: HardenedLaunchTemplateProps) {
    super(scope, id);
    const instanceType = props.instanceType ?? 't3.micro';
    this.userData = props.userData ?? hardenedUserData(props);
    if (Token.isUnresolved(this.userData)) {
      // The script is base64-encoded at synth time; `${...}` in it would also collide with Terraform interpolation.
      throw new Error(`HardenedLaunchTemplate ${props.namePrefix}: user data must not contain Terraform references (log group name, script)`);
    }
    const tags = { Name: `${props.namePrefix}-app`, ...(props.tags ?? {}) };
    this.imageId = props.imageId ?? amazonLinux2023Ami(instanceArchitecture(instanceType));

    this.launchTemplate = new LaunchTemplate(this, 'launch-template', {
      name: `${props.namePrefix}-app`,
      description: 'Hardened application instances (IMDSv2, encrypted root volume, no public IP)',
      updateDefaultVersion: true,
      imageId: this.imageId,
      instanceType,
      ebsOptimized: 'true',
      iamInstanceProfile: { name: props.instanceProfileName },
      metadataOptions: {
        httpEndpoint: 'enabled',
        httpTokens: 'required',
        httpPutResponseHopLimit: 1,
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'disabled',
      },
      monitoring: { enabled: props.detailedMonitoring ?? true },
      networkInterfaces: [
        {
          deviceIndex: 0,
          associatePublicIpAddress: 'false',
          deleteOnTermination: 'true',
          securityGroups: [...props.securityGroupIds],
        },
      ],
      blockDeviceMappings: [
        {
          deviceName: props.rootDeviceName ?? '/dev/xvda',
          ebs: {
            volumeType: 'gp3',
            volumeSize: props.rootVolumeSizeGb ?? 20,
            encrypted: 'true',
            kmsKeyId: props.kmsKeyArn,
            deleteOnTermination: 'true',
          },
        },
      ],
      userData: Buffer.from(this.userData, 'utf8').toString('base64'),
      tagSpecifications: ['instance', 'volume', 'network-interface'].map((resourceType) => ({ resourceType, tags })),
      tags: { Name: `${props.namePrefix}-app` },
    });
  }
}
