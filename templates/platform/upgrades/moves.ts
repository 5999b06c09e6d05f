/** The kinds of stack the platform builds; a move applies to every stack of its kind, in every environment. */
export type PlatformStackKind = 'account' | 'regional' | 'replication';

/**
 * A resource whose Terraform address changed in a release of the platform (a construct renamed or moved in the
 * tree). The platform emits a Terraform `moved` block for it, so existing state follows the resource instead of
 * Terraform destroying the old address and creating the new one.
 */
export interface PlatformMove {
  /** The stacks the resource lives in. */
  readonly stack: PlatformStackKind;
  /** The address in releases before the change, e.g. `aws_s3_bucket.buckets_data_bucket_A6C710CC`. */
  readonly from: string;
  /** The address from the change on; the move is emitted only in stacks that synthesize this resource. */
  readonly to: string;
  /** The release (or change) that renamed it and why, for the reader of the list. */
  readonly reason: string;
}

/**
 * Every address change of the platform, oldest first. Entries are never removed: a repository may upgrade from
 * any earlier release, and its state still holds the old address. The address inventory test
 * (`test/platform/addresses`) fails when a stateful address disappears without an entry here.
 */
export const PLATFORM_MOVES: readonly PlatformMove[] = [];
