import { globToRegExp } from '../kernel/globs';

/**
 * A resource address qualified by its stack, `<stack>/<address>` (for example
 * `production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC`): a Terraform address is only unique within
 * one stack's state. Patterns may use `*` for any characters in either part (`production-*\/aws_kms_key.*`).
 * `npx projen` validates the patterns of `.projenrc.ts`.
 */
export function stackAddress(stack: string, address: string): string {
  return `${stack}/${address}`;
}

/** Whether `<stack>/<address>` is matched by any of the patterns. */
export function matchesStackAddress(patterns: readonly string[], stack: string, address: string): boolean {
  const subject = stackAddress(stack, address);
  return patterns.some((pattern) => globToRegExp(pattern).test(subject));
}
