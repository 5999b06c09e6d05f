/** A guardrail finding the team accepts, with the reason and, ideally, the date it must be reviewed again. */
export interface GuardrailSuppression {
  /** The rule, e.g. `s3-bucket-access-logging` (the file names of `src/platform/guardrails/rules/<area>/` in the generated repository). */
  readonly ruleId: string;
  /**
   * The resource: its address (`dev-us-east-1/aws_s3_bucket.logs_1A2B3C4D`), its construct path
   * (`dev-us-east-1/storage/logs/bucket`) or, for stack rules, the stack name; `*` matches any characters.
   */
  readonly resource: string;
  /** Why the finding is accepted: at least 10 characters. */
  readonly reason: string;
  /**
   * Last day (`YYYY-MM-DD`, UTC) the suppression holds; afterwards the build fails until it is renewed or removed.
   * @default - no expiry
   */
  readonly expires?: string;
}

/** Options of the guardrails that check the synthesized app on every build. */
export interface GuardrailOptions {
  /**
   * Accepted findings. A suppression that is expired, names an unknown rule or matches no finding fails the build.
   * @default []
   */
  readonly guardrailSuppressions?: GuardrailSuppression[];

  /**
   * The build fails on unsuppressed findings of this severity or worse: `critical`, `high`, `medium` or `low`.
   * @default "low" (every finding fails the build)
   */
  readonly guardrailFailOn?: string;
}
