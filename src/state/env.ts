/** The default data directory, relative to where the bot runs. */
export const DEFAULT_DATA_DIR = "./data";

/**
 * Reads the state settings from the environment: DATABASE_URL (PostgreSQL when set) and
 * DATA_DIR (where the SQLite file lives otherwise). Empty values count as unset.
 */
export function stateOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  databaseUrl?: string;
  dataDir: string;
} {
  const databaseUrl = env.DATABASE_URL?.trim();
  const dataDir = env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  return databaseUrl ? { databaseUrl, dataDir } : { dataDir };
}
