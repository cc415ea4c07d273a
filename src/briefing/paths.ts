import { fileURLToPath } from "node:url";

/** The briefings shipped with the package (works from src/ under vitest and from dist/). */
export const DEFAULT_BRIEFINGS_DIR = fileURLToPath(new URL("../../briefings", import.meta.url));
