import { IConstruct } from 'constructs';
import { IAspect, TerraformResource, TerraformStack } from '../engine';
import { matchesStackAddress } from './stack-address';
import { isStatefulResourceType } from './stateful-resources';

/**
 * Sets `lifecycle.prevent_destroy` on every stateful resource (see `STATEFUL_RESOURCE_TYPES`), except the
 * `<stack>/<address>` patterns of `preventDestroyExemptions` in `.projenrc.ts`. Terraform then refuses any plan
 * that would destroy or replace one of them, including `terraform destroy`.
 */
export class PreventDestroyAspect implements IAspect {
  constructor(private readonly exemptions: readonly string[]) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || !isStatefulResourceType(node.terraformResourceType)) return;
    const address = `${node.terraformResourceType}.${node.friendlyUniqueId}`;
    if (matchesStackAddress(this.exemptions, TerraformStack.of(node).node.id, address)) return;
    node.lifecycle = { ...node.lifecycle, preventDestroy: true };
  }
}
