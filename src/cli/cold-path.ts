/**
 * The one-file `briefbot ask` (scripts/bundle-ask.mjs) leaves out what only a cache miss
 * needs (reading and validating YAML; yaml and zod with it): each left-out function throws
 * this instead. The bundle's runner (./bundled.ts) then runs the command from the modules,
 * which read the files and fill the caches for the next start.
 */
export const COLD_PATH = "BRIEFBOT_COLD_PATH";

export function coldPath(what: string): Error {
  return Object.assign(new Error(`${what} is not in the one-file build (a cache missed)`), {
    code: COLD_PATH,
  });
}

export function isColdPath(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === COLD_PATH;
}
