import { Construct } from 'constructs';
import { TerraformOutput } from '../engine';
import { PlatformStack, PlatformStackProps } from './platform-stack';
import { RegionalKeys } from '../encryption/regional-keys';
import { resourcePrefix } from '../naming';
import { subdivide } from '../network/cidr';
import { Network } from '../network/network';
import { requiredTags } from '../tagging/required-tags';
import { RequiredTagsConfigRules } from '../tagging/required-tags-config-rules';

/** The resources of one environment in one region; it plans and deploys without any other region. */
export class RegionalStack extends PlatformStack {
  /** The region's customer-managed keys by purpose: `stack.keys.logs.arn`. */
  public readonly keys: RegionalKeys;
  public readonly network: Network;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { settings, environment, region } = props;
    const regionIndex = environment.regions.indexOf(region);
    if (regionIndex < 0) {
      throw new Error(`Region ${region} is not one of environment ${environment.name}'s regions (${environment.regions.join(', ')})`);
    }
    const availabilityZones = settings.availabilityZones[region];
    if (!availabilityZones || availabilityZones.length < 2) {
      throw new Error(`settings.availabilityZones has no availability zones for ${region}`);
    }

    this.keys = new RegionalKeys(this, 'keys', {
      aliasPrefix: resourcePrefix(settings, environment),
      accountId: environment.accountId,
      region,
    });

    this.network = new Network(this, 'network', {
      namePrefix: `${resourcePrefix(settings, environment)}-${region}`,
      cidrBlock: subdivide(environment.cidrBlock, 16, regionIndex),
      availabilityZones: availabilityZones.slice(0, 3),
      natGatewayPerAz: environment.profile === 'production',
    });

    // AWS Config reports resources of the region, Terraform's or not, that break the tagging convention.
    new RequiredTagsConfigRules(this, 'required-tags', {
      namePrefix: `${resourcePrefix(settings, environment)}-${region}`,
      tags: requiredTags(settings, environment),
    });

    new TerraformOutput(this, 'vpc_id', { value: this.network.vpc.id });
    new TerraformOutput(this, 'vpc_cidr_block', { value: this.network.vpc.cidrBlock });
    new TerraformOutput(this, 'app_subnet_ids', { value: this.network.subnets.app.map((s) => s.id) });
  }
}
