/**
 * Every name that belongs to the CDK-for-Terraform engine, in one place. CDKTF was archived in December 2025;
 * its community fork (CDK Terrain, `cdktn`) can be supported by adding a second engine here.
 */
export interface TerraformCdkEngine {
  /** The core library: `App`, `TerraformStack`, `Testing`... */
  readonly corePackage: string;
  readonly coreVersion: string;
  readonly awsProviderPackage: string;
  readonly awsProviderVersion: string;
  /** The hashicorp/aws provider release that the prebuilt provider package wraps. */
  readonly terraformAwsProviderVersion: string;
  readonly constructsVersion: string;
}

export const CDKTF_ENGINE: TerraformCdkEngine = {
  corePackage: 'cdktf',
  coreVersion: '0.21.0',
  awsProviderPackage: '@cdktf/provider-aws',
  awsProviderVersion: '20.1.0',
  terraformAwsProviderVersion: '5.100.0',
  constructsVersion: '^10.4.2',
};
