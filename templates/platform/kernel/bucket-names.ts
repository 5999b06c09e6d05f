// Generated from src/kernel/bucket-names.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/bucket-names.ts there).
/** S3 general-purpose bucket names have 3 to 63 characters. */
export const MAX_BUCKET_NAME_LENGTH = 63;

/**
 * What a platform bucket holds; part of its name (`<project>-<environment>-<purpose>-<account>-<region code>`).
 * Regional: data, logs, alb-logs. Account stack: trail, config, audit-logs. Bootstrap stack: state-logs (the state
 * bucket's access logs).
 */
export const BUCKET_PURPOSES = ['data', 'logs', 'alb-logs', 'trail', 'config', 'audit-logs', 'state-logs'] as const;
export type BucketPurpose = (typeof BUCKET_PURPOSES)[number];

/** Longest purpose in the platform's S3 bucket names, which decides whether a project's names fit in 63 characters. */
export const LONGEST_BUCKET_PURPOSE: BucketPurpose = BUCKET_PURPOSES.reduce((longest, p) => (p.length > longest.length ? p : longest));

/** Why a name is not a valid general-purpose S3 bucket name, or undefined when it is. */
export function s3BucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > MAX_BUCKET_NAME_LENGTH) {
    return `is not a valid S3 bucket name: it must be 3 to ${MAX_BUCKET_NAME_LENGTH} characters long`;
  }
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) {
    return 'is not a valid S3 bucket name: use lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit';
  }
  if (name.includes('..')) return 'is not a valid S3 bucket name: it must not contain two adjacent dots';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'is not a valid S3 bucket name: it must not look like an IP address';
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|--x-s3|--table-s3)$/.test(name)) {
    return 'is not a valid S3 bucket name: it uses a prefix or suffix reserved by AWS';
  }
  return undefined;
}
