import type { Reply } from "../../commands/reply.js";
import type { Lang } from "../../i18n/lang.js";
import { wrapText } from "./wrap.js";

const LABELS: Record<Lang, { sources: string; youCouldAsk: string; feedback: string }> = {
  en: {
    sources: "Sources",
    youCouldAsk: "You could ask",
    feedback: "Was this helpful? /helpful or /not-helpful",
  },
  ja: {
    sources: "出典",
    youCouldAsk: "次のように聞けます",
    feedback: "役に立ちましたか? /helpful または /not-helpful",
  },
  vi: {
    sources: "Nguồn",
    youCouldAsk: "Bạn có thể hỏi",
    feedback: "Câu trả lời có hữu ích không? /helpful hoặc /not-helpful",
  },
};

/**
 * Control characters (ESC sequences, bells, carriage returns) from a briefing or an echoed
 * question must not drive the terminal; newlines and tabs stay.
 */
export function stripControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : prefix + line))
    .join("\n");
}

/**
 * Turns a Reply into the text the terminal chat prints: answer, numbered sources with quotes,
 * suggestions; wrapped at word boundaries to `width` columns when given (a terminal's width).
 */
export function renderReply(reply: Reply, options: { width?: number } = {}): string {
  const labels = LABELS[reply.lang ?? "en"];
  const parts: string[] = [];
  if (reply.title) parts.push(`== ${reply.title} ==`);
  if (reply.text) parts.push(reply.kind === "error" ? `! ${reply.text}` : reply.text);
  for (const section of reply.sections) {
    const lines: string[] = [];
    if (section.heading) lines.push(`* ${section.heading}`);
    if (section.text) lines.push(indent(section.text, "  "));
    parts.push(lines.join("\n"));
  }
  if (reply.citations.length > 0) {
    const lines = reply.citations.map((c, i) => {
      const head = `[${i + 1}] ${c.publisher}, ${c.published}${c.title ? `: ${c.title}` : ""}\n    ${c.url}`;
      return c.quote ? `${head}\n    “${c.quote}”` : head;
    });
    parts.push(`${labels.sources}:\n${lines.join("\n")}`);
  }
  if (reply.suggestions.length > 0) {
    parts.push(`${labels.youCouldAsk}:\n${reply.suggestions.map((s) => `  - ${s}`).join("\n")}`);
  }
  if (reply.footer) parts.push(`(${reply.footer})`);
  if (reply.actions.some((a) => a.id.startsWith("feedback."))) parts.push(labels.feedback);
  return `${wrapText(stripControls(parts.join("\n\n")), options.width)}\n`;
}
