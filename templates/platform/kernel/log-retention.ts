// Generated from src/kernel/log-retention.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/log-retention.ts there).
/** The retention periods (days) CloudWatch Logs accepts: https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html */
export const LOG_RETENTION_VALUES: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Retention of the platform's log groups when nothing else is set. */
export const DEFAULT_LOG_RETENTION_DAYS = 365;
