import { AutoscalingGroup, AutoscalingGroupTag } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { Construct } from 'constructs';
import { Token } from '../engine';
import { isSsmParameterImage } from './launch-template';

/** Spot capacity for environments that can lose an instance at two minutes' notice (not production). */
export interface MixedInstancesOptions {
  /** Instance types EC2 Auto Scaling may choose from, all of the launch template's architecture. */
  readonly instanceTypes: readonly string[];
  /**
   * On-demand instances before any spot instance is used.
   * @default 0
   */
  readonly onDemandBaseCapacity?: number;
  /**
   * Share of on-demand instances above the base capacity.
   * @default 0 (all spot)
   */
  readonly onDemandPercentageAboveBaseCapacity?: number;
  /**
   * @default 'price-capacity-optimized'
   */
  readonly spotAllocationStrategy?: string;
}

/** Target tracking on the number of requests each instance receives from the load balancer. */
export interface RequestCountScalingOptions {
  /** `<load balancer arn_suffix>/<target group arn_suffix>`. */
  readonly resourceLabel: string;
  /** Requests per instance per minute to aim for. */
  readonly targetValue: number;
}

export interface WebAutoScalingGroupProps {
  /** Prefix of the group name, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  readonly launchTemplateId: string;
  /** Latest version of the launch template: a new version starts an instance refresh. */
  readonly launchTemplateVersion: string;
  /**
   * Image id of the launch template (an AMI id or `resolve:ssm:<parameter>`): EC2 Auto Scaling cannot roll an
   * instance refresh back to a template whose image comes from a Systems Manager parameter.
   */
  readonly launchTemplateImageId: string;
  /**
   * Roll an instance refresh back when it fails. Only possible with a literal AMI id in the launch template.
   * @default true with a literal AMI id, false with an image from a Systems Manager parameter
   */
  readonly instanceRefreshAutoRollback?: boolean;
  /** The private app subnets, one per availability zone. */
  readonly subnetIds: readonly string[];
  /**
   * Target groups the instances register with.
   * @default []
   */
  readonly targetGroupArns?: readonly string[];
  /**
   * `ELB` replaces instances the load balancer finds unhealthy; use `EC2` when no listener forwards to the target group.
   * @default 'ELB' with target groups, 'EC2' without
   */
  readonly healthCheckType?: 'EC2' | 'ELB';
  /**
   * @default 300
   */
  readonly healthCheckGracePeriodSeconds?: number;
  /**
   * @default 2
   */
  readonly minSize?: number;
  /**
   * @default 6
   */
  readonly maxSize?: number;
  /**
   * Instances at creation; afterwards scaling policies own the number (Terraform ignores its drift).
   * @default minSize
   */
  readonly desiredCapacity?: number;
  /**
   * Average CPU utilisation to keep the group at.
   * @default 50
   */
  readonly cpuTargetPercent?: number;
  /**
   * Also scale on requests per instance.
   * @default no request-count scaling
   */
  readonly requestCountScaling?: RequestCountScalingOptions;
  /**
   * Healthy share of the group to keep while an instance refresh replaces instances.
   * @default 90
   */
  readonly instanceRefreshMinHealthyPercentage?: number;
  /**
   * Instances older than this are replaced, so none lives on with an old image.
   * @default 1209600 (14 days)
   */
  readonly maxInstanceLifetimeSeconds?: number;
  /**
   * Mixed on-demand/spot capacity (not for production).
   * @default on-demand instances of the launch template's type only
   */
  readonly mixedInstances?: MixedInstancesOptions;
  /**
   * Tags of the group, propagated to the instances at launch.
   * @default {}
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Group metrics published to CloudWatch (the alarms and dashboard use `GroupInServiceInstances`). */
export const ASG_GROUP_METRICS = [
  'GroupMinSize',
  'GroupMaxSize',
  'GroupDesiredCapacity',
  'GroupInServiceInstances',
  'GroupPendingInstances',
  'GroupTerminatingInstances',
  'GroupTotalInstances',
];

/**
 * An Auto Scaling group over the app subnets: load balancer health checks, target tracking on CPU (and requests),
 * rolling instance refresh on every launch template change, and tags propagated to the instances.
 */
export class WebAutoScalingGroup extends Construct {
  /** Version string of a launch template's latest version, for `launchTemplateVersion`. */
  public static latestVersion(latestVersion: number): string {
    return Token.asString(latestVersion);
  }

  public readonly group: AutoscalingGroup;
  public readonly minSize: number;

  constructor(scope: Construct, id: string, props: WebAutoScalingGroupProps) {
    super(scope, id);
    this.minSize = props.minSize ?? 2;
    const maxSize = props.maxSize ?? 6;
    if (this.minSize < 0 || maxSize < Math.max(this.minSize, 1)) {
      throw new Error(`WebAutoScalingGroup ${props.namePrefix}: need 0 <= minSize <= maxSize and maxSize >= 1, got ${this.minSize}..${maxSize}`);
    }
    const desiredCapacity = props.desiredCapacity ?? this.minSize;
    if (desiredCapacity < this.minSize || desiredCapacity > maxSize) {
      throw new Error(`WebAutoScalingGroup ${props.namePrefix}: desiredCapacity ${desiredCapacity} is outside ${this.minSize}..${maxSize}`);
    }
    const imageFromParameter = isSsmParameterImage(props.launchTemplateImageId);
    const autoRollback = props.instanceRefreshAutoRollback ?? !imageFromParameter;
    if (autoRollback && imageFromParameter) {
      throw new Error(
        `WebAutoScalingGroup ${props.namePrefix}: instanceRefreshAutoRollback needs a literal AMI id, but the launch template takes its image from ` +
        `${props.launchTemplateImageId} (EC2 Auto Scaling rejects rollback with an image from a Systems Manager parameter)`,
      );
    }
    const targetGroupArns = [...(props.targetGroupArns ?? [])];
    const launchTemplate = { id: props.launchTemplateId, version: props.launchTemplateVersion };
    const mixed = props.mixedInstances;
    if (mixed && mixed.instanceTypes.length === 0) {
      throw new Error(`WebAutoScalingGroup ${props.namePrefix}: mixedInstances.instanceTypes must list at least one instance type`);
    }
    const tags: AutoscalingGroupTag[] = Object.entries({ Name: `${props.namePrefix}-app`, ...(props.tags ?? {}) }).map(
      ([key, value]) => ({ key, value, propagateAtLaunch: true }),
    );

    this.group = new AutoscalingGroup(this, 'group', {
      name: `${props.namePrefix}-app`,
      minSize: this.minSize,
      maxSize,
      desiredCapacity,
      vpcZoneIdentifier: [...props.subnetIds],
      targetGroupArns,
      healthCheckType: props.healthCheckType ?? (targetGroupArns.length > 0 ? 'ELB' : 'EC2'),
      healthCheckGracePeriod: props.healthCheckGracePeriodSeconds ?? 300,
      defaultInstanceWarmup: 300,
      maxInstanceLifetime: props.maxInstanceLifetimeSeconds ?? 14 * 24 * 3600,
      enabledMetrics: ASG_GROUP_METRICS,
      metricsGranularity: '1Minute',
      // Rebalancing replaces spot instances at risk of interruption; an all on-demand group has none.
      capacityRebalance: mixed !== undefined && (mixed.onDemandPercentageAboveBaseCapacity ?? 0) < 100,
      launchTemplate: mixed ? undefined : launchTemplate,
      mixedInstancesPolicy: mixed
        ? {
          instancesDistribution: {
            onDemandBaseCapacity: mixed.onDemandBaseCapacity ?? 0,
            onDemandPercentageAboveBaseCapacity: mixed.onDemandPercentageAboveBaseCapacity ?? 0,
            spotAllocationStrategy: mixed.spotAllocationStrategy ?? 'price-capacity-optimized',
          },
          launchTemplate: {
            launchTemplateSpecification: { launchTemplateId: props.launchTemplateId, version: props.launchTemplateVersion },
            override: mixed.instanceTypes.map((instanceType) => ({ instanceType })),
          },
        }
        : undefined,
      instanceRefresh: {
        strategy: 'Rolling',
        preferences: {
          minHealthyPercentage: props.instanceRefreshMinHealthyPercentage ?? 90,
          skipMatching: true,
          autoRollback,
        },
      },
      tag: tags,
      lifecycle: { ignoreChanges: ['desired_capacity'] },
    });

    new AutoscalingPolicy(this, 'cpu-target-tracking', {
      name: `${props.namePrefix}-app-cpu`,
      autoscalingGroupName: this.group.name,
      policyType: 'TargetTrackingScaling',
      targetTrackingConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: 'ASGAverageCPUUtilization' },
        targetValue: props.cpuTargetPercent ?? 50,
      },
    });
    if (props.requestCountScaling) {
      new AutoscalingPolicy(this, 'request-count-target-tracking', {
        name: `${props.namePrefix}-app-requests`,
        autoscalingGroupName: this.group.name,
        policyType: 'TargetTrackingScaling',
        targetTrackingConfiguration: {
          predefinedMetricSpecification: {
            predefinedMetricType: 'ALBRequestCountPerTarget',
            resourceLabel: props.requestCountScaling.resourceLabel,
          },
          targetValue: props.requestCountScaling.targetValue,
        },
      });
    }
  }
}
