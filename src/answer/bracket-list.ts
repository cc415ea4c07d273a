/** Brackets that open and close an aside, in the scripts questions are written in. */
const OPEN = new Set(["(", "（", "["]);
const CLOSE = new Set([")", "）", "]"]);
/** What parts the items of a list (a comma in any script). */
const COMMA = /[,，、]/u;

/**
 * Whether text[from, to) lies inside one pair of brackets that holds a list: "what did Japan
 * offer on security (the new dialogue channel, OSA)" gives examples of what is asked, and a
 * fact may speak to either one (names listed so are offered as alternatives).
 */
export function inBracketList(text: string, from: number, to: number): boolean {
  let open = -1;
  for (let i = from - 1; i >= 0; i--) {
    const c = text[i]!;
    if (CLOSE.has(c)) return false;
    if (OPEN.has(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = to; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) return false;
    if (CLOSE.has(c)) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  const inside = text.slice(open + 1, close);
  return COMMA.test(inside) && !/[()（）[\]]/u.test(text.slice(from, to));
}
