import { languagePack } from "../../knowledge/packs.js";
import type { Reason } from "./rule.js";

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A rule's reason as a curator reads it in `--explain`: the template of its key from the
 * explain file of the English pack, with its arguments filled in. A key without a template
 * is shown as the key and its arguments, so a new rule is never silent.
 */
export function reasonText(reason: Reason): string {
  const template = languagePack("en").explainReasons[reason.key];
  const args = reason.args ?? {};
  if (template === undefined) {
    const listed = Object.entries(args).map(([k, v]) => `${k}=${v}`);
    return [reason.key, ...listed].join(" ");
  }
  return template.replace(PLACEHOLDER, (whole, name: string) => args[name] ?? whole);
}
