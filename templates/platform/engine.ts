// The CDK-for-Terraform core this platform is written against. Platform code imports the engine from here only,
// so that moving to another engine (such as the community fork CDK Terrain) is a change to this file.
import { installConstructStackTraces } from './tooling/construct-stack-traces';

export { App, Aspects, S3Backend, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, Testing } from 'cdktf';
export { AssetType, Fn, TerraformAsset, TerraformIterator, Token } from 'cdktf';
export type { IAspect, ITerraformDependable } from 'cdktf';

installConstructStackTraces();
