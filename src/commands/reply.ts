import type { Citation } from "../answer/types.js";
import type { Lang } from "../i18n/lang.js";

/**
 * A reply is data: what to show, not how. Each adapter has one renderer that turns it into
 * Block Kit, a Discord embed or terminal text, applying its own limits and escaping.
 * All strings here are plain text (no markup): renderers escape them for their platform.
 */
export interface Reply {
  kind: "answer" | "abstain" | "help" | "info" | "error" | "digest" | "confirm";
  /** Only the asker sees it (Slack ephemeral, Discord ephemeral flag). Errors and help are. */
  ephemeral: boolean;
  title?: string;
  /** The main text. */
  text: string;
  /** Further titled sections (a digest's topics, a list of sources). */
  sections: ReplySection[];
  citations: Citation[];
  /** Questions the user could ask next (shown when the bot abstains, and on help). */
  suggestions: string[];
  /** Buttons. */
  actions: ReplyAction[];
  /** Small print under the reply ("as of 28 April 2025", "cut to fit"). */
  footer?: string;
  /** Set on answers, so feedback can name what it is about. */
  answerId?: string;
  /** The language the reply is written in, so renderers can label "Sources" etc. to match. */
  lang?: Lang;
}

export interface ReplySection {
  heading?: string;
  text: string;
  /** Optional link for the heading (sources list). */
  url?: string;
}

export interface ReplyAction {
  /** Stable action id the adapter routes back: "feedback.helpful", "feedback.not_helpful". */
  id: "feedback.helpful" | "feedback.not_helpful";
  label: string;
  /** Opaque value handed back on click (the answer id). */
  value: string;
  style?: "primary" | "danger";
}

export function reply(partial: Partial<Reply> & Pick<Reply, "kind" | "text">): Reply {
  return {
    ephemeral: partial.kind === "error" || partial.kind === "help",
    sections: [],
    citations: [],
    suggestions: [],
    actions: [],
    ...partial,
  };
}
