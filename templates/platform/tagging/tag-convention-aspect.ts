import { IConstruct } from 'constructs';
import { IAspect, TerraformProvider, TerraformResource } from '../engine';

/**
 * Enforces the tagging convention at synth time:
 * - every AWS provider carries all required tags in `default_tags`;
 * - no resource overrides a required tag with a value that is not allowed.
 * Data sources (not `TerraformResource`s) are skipped; `tags_all` is computed by the provider and never touched.
 */
export class TagConventionAspect implements IAspect {
  constructor(
    private readonly expectedTags: Readonly<Record<string, string>>,
    private readonly allowedValues: Readonly<Record<string, readonly string[]>>,
  ) {}

  public visit(node: IConstruct): void {
    if (node instanceof TerraformProvider && node.terraformResourceType === 'aws') {
      this.checkProvider(node);
    } else if (node instanceof TerraformResource) {
      this.checkResource(node);
    }
  }

  private checkProvider(provider: TerraformProvider): void {
    const attributes = (provider as unknown as { synthesizeAttributes(): Record<string, any> }).synthesizeAttributes();
    const defaultTags = (attributes.default_tags ?? [])[0]?.tags ?? {};
    for (const [key, value] of Object.entries(this.expectedTags)) {
      if (defaultTags[key] !== value) {
        this.fail(provider, `provider default_tags must set ${key}=${JSON.stringify(value)} (found ${JSON.stringify(defaultTags[key])})`);
      }
    }
  }

  private checkResource(resource: TerraformResource): void {
    const tags = (resource as unknown as { tagsInput?: Record<string, string> }).tagsInput;
    if (!tags || typeof tags !== 'object') return;
    for (const [key, value] of Object.entries(tags)) {
      const allowed = this.allowedValues[key];
      if (allowed && typeof value === 'string' && !allowed.includes(value)) {
        this.fail(resource, `tag ${key}=${JSON.stringify(value)} is not allowed; use one of ${allowed.join(', ')}`);
      }
      if (key in this.expectedTags && typeof value === 'string' && value !== this.expectedTags[key]) {
        this.fail(resource, `tag ${key}=${JSON.stringify(value)} overrides the required value ${JSON.stringify(this.expectedTags[key])}`);
      }
    }
  }

  private fail(node: IConstruct, message: string): void {
    throw new Error(`Tagging convention: ${node.node.path}: ${message}`);
  }
}
