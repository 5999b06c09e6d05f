/** Options of the organisation's tagging convention. */
export interface TaggingOptions {
  /**
   * Further tags the organisation requires on every resource, as `Key=Value` (e.g. `["Compliance=pci", "Team Email=ops@example.com"]`).
   * Stamped through provider `default_tags` with the built-in required tags (Environment, Owner, CostCenter,
   * Project, ManagedBy, DataClassification), which they may not redefine.
   * @default []
   */
  readonly extraTags?: string[];
}
