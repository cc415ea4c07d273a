/**
 * A question's words and the names found in them: made by entities.ts, read by roles.ts (a file
 * of their own, so that roles.ts needs nothing of entities.ts, which reads roles.ts).
 */

export interface QuestionToken {
  original: string;
  folded: string;
  exact: string;
  start: number;
  end: number;
}

export interface EntityMention {
  id: string;
  /** From the world file: something the briefing does not know. */
  external: boolean;
  surface: string;
  /** Token range [first, last) for Latin mentions; undefined for Japanese ones. */
  tokens?: [number, number];
  /** Character range in the prepared text. */
  chars: [number, number];
}
