/** PostgreSQL's default port, which Security Hub control RDS.23 (FSBP) fails. */
export const POSTGRES_ENGINE_DEFAULT_PORT = 5432;

/** The port platform databases listen on unless told otherwise: not the engine's default (RDS.23). */
export const DEFAULT_DATABASE_PORT = 5433;

/** The ports RDS for PostgreSQL accepts. */
export const DATABASE_PORT_RANGE = { min: 1150, max: 65535 } as const;

/** What is wrong with a database port, or undefined when it is allowed. */
export function databasePortProblem(port: number): string | undefined {
  if (!Number.isInteger(port) || port < DATABASE_PORT_RANGE.min || port > DATABASE_PORT_RANGE.max) {
    return `is out of range: use a whole number from ${DATABASE_PORT_RANGE.min} to ${DATABASE_PORT_RANGE.max} (default ${DEFAULT_DATABASE_PORT})`;
  }
  if (port === POSTGRES_ENGINE_DEFAULT_PORT) {
    return `is PostgreSQL's default port, which Security Hub control RDS.23 fails: use another port, e.g. ${DEFAULT_DATABASE_PORT}`;
  }
  return undefined;
}
