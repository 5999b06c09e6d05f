import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';

/** A bare stack with an AWS provider, for synthesizing one construct of the workload tier. */
export function testStack(region = 'us-east-1'): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region });
  return stack;
}

/** The synthesized Terraform JSON of a stack. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** All resources of a type, by logical id. */
export function resourcesOf(json: any, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

/** The only resource of a type (among those matching `filter`); fails when there is not exactly one. */
export function onlyResource(json: any, type: string, filter: (resource: any) => boolean = () => true): any {
  const all = Object.values(resourcesOf(json, type)).filter(filter);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}
