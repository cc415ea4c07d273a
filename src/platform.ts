/** The chat platforms briefbot speaks on (a leaf module: the command layer and state both name them). */
export type Platform = "slack" | "discord" | "terminal";
