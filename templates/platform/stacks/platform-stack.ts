import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { Aspects, S3Backend, TerraformStack } from '../engine';
import { accountStackName, regionalStackName, replicationStackName, stateKey } from '../naming';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';
import { AutoScalingTagPropagation } from '../tagging/auto-scaling-tag-propagation';
import { requiredTags } from '../tagging/required-tags';
import { TagConventionAspect } from '../tagging/tag-convention-aspect';
import { MovedResourcesAspect } from '../upgrades/moved-resources-aspect';
import { PLATFORM_MOVES, PlatformMove, PlatformStackKind } from '../upgrades/moves';
import { PreventDestroyAspect } from '../upgrades/prevent-destroy-aspect';

export interface PlatformStackProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  /** The region of the stack's default provider. */
  readonly region: string;
  /** Address changes to emit `moved` blocks for. @default PLATFORM_MOVES */
  readonly moves?: readonly PlatformMove[];
}

/**
 * A stack of the platform: its own state key in the S3 backend (encrypted, S3-native locking), and an AWS
 * provider pinned to the environment's account that stamps the required tags on every resource.
 */
export class PlatformStack extends TerraformStack {
  public readonly settings: PlatformSettings;
  public readonly environment: EnvironmentSettings;
  public readonly region: string;
  public readonly provider: AwsProvider;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    this.settings = props.settings;
    this.environment = props.environment;
    this.region = props.region;

    const state = props.environment.state ?? props.settings.state;
    const backend = new S3Backend(this, {
      bucket: state.bucket,
      region: state.region,
      key: stateKey(props.settings, id),
      encrypt: true,
    });
    // S3-native state locking (Terraform >= 1.10); the cdktf 0.21 backend class predates the attribute.
    backend.addOverride('use_lockfile', true);

    const tags = requiredTags(props.settings, props.environment);
    this.provider = new AwsProvider(this, 'aws', {
      region: props.region,
      allowedAccountIds: [props.environment.accountId],
      defaultTags: [{ tags }],
    });

    Aspects.of(this).add(new AutoScalingTagPropagation(tags));
    Aspects.of(this).add(
      new TagConventionAspect(tags, {
        ...props.settings.allowedTagValues,
        Environment: props.settings.environments.map((e) => e.name),
      }),
    );

    const kind = platformStackKind(id, props.environment);
    const moves = (props.moves ?? PLATFORM_MOVES).filter((move) => move.stack === kind);
    if (moves.length > 0) Aspects.of(this).add(new MovedResourcesAspect(moves));
    if (props.environment.profile === 'production') {
      Aspects.of(this).add(new PreventDestroyAspect(props.settings.upgrades?.preventDestroyExemptions ?? []));
    }
  }
}

/** The kind of a platform stack, from its name; undefined for a stack of the team's own. */
export function platformStackKind(id: string, environment: EnvironmentSettings): PlatformStackKind | undefined {
  if (id === accountStackName(environment)) return 'account';
  if (id === replicationStackName(environment)) return 'replication';
  return environment.regions.some((region) => regionalStackName(environment, region) === id) ? 'regional' : undefined;
}
