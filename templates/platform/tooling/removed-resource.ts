import { Construct } from 'constructs';
import { TerraformStack } from '../engine';

/**
 * Tells Terraform that a resource this stack used to create (at the construct path `scope/id`) is no longer managed
 * here, without destroying it: a `removed` block with `lifecycle { destroy = false }` (Terraform ≥ 1.7). Use it when
 * another stack takes over the object, so that the old owner's next apply forgets it instead of deleting it.
 */
export class RemovedResource extends Construct {
  /** The resource address the block names, e.g. `aws_route53_record.web_certificate_validation-record_1A2B3C4D`. */
  public readonly address: string;

  constructor(scope: Construct, id: string, resourceType: string) {
    // The placeholder stands where the resource was, so it gets the logical id the resource had.
    super(scope, id);
    const stack = TerraformStack.of(this);
    this.address = `${resourceType}.${stack.getLogicalId(this.node)}`;
    const existing = REMOVED.get(stack) ?? [];
    existing.push({ from: this.address, lifecycle: { destroy: false } });
    REMOVED.set(stack, existing);
    stack.addOverride('removed', existing);
  }
}

const REMOVED = new WeakMap<TerraformStack, { from: string; lifecycle: { destroy: boolean } }[]>();
