/** A string matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Strings as one alternation matching any of them literally (no group around it). */
export function literalAlternation(list: Iterable<string>): string {
  return [...list].map(escapeRegExp).join("|");
}
