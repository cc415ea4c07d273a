import { describe, expect, it } from "vitest";
import { looksLikeTimezone, parseCommand } from "../../src/commands/parse.js";

describe("parseCommand", () => {
  it.each([
    ["/brief ask What tariff did the US threaten?", "What tariff did the US threaten?"],
    ["ask What tariff did the US threaten?", "What tariff did the US threaten?"],
    ["/ask What tariff?", "What tariff?"],
    ["  What tariff did the US threaten?  ", "What tariff did the US threaten?"],
    ["/brief what tariff?", "what tariff?"],
    ["help me understand the tariffs", "help me understand the tariffs"],
    ["topics covered by the summit?", "topics covered by the summit?"],
    ["日本はベトナムに何を約束しましたか", "日本はベトナムに何を約束しましたか"],
  ])("%s → ask", (text, question) => {
    expect(parseCommand(text)).toEqual({ ok: true, command: { name: "ask", question } });
  });

  it.each(["topics", "sources", "digest", "unsubscribe", "help"])("%s in every form", (name) => {
    for (const text of [name, `/${name}`, `/brief ${name}`, `/BRIEF ${name.toUpperCase()}`]) {
      expect(parseCommand(text)).toEqual({ ok: true, command: { name } });
    }
  });

  it("reads /brief alone as help", () => {
    expect(parseCommand("/brief")).toEqual({ ok: true, command: { name: "help" } });
  });

  it("reads topic NAME", () => {
    expect(parseCommand("/topic defence cooperation")).toEqual({
      ok: true,
      command: { name: "topic", topic: "defence cooperation" },
    });
    expect(parseCommand("/brief topics trade")).toEqual({
      ok: true,
      command: { name: "topic", topic: "trade" },
    });
  });

  it("reads subscribe with a schedule, an optional zone and language", () => {
    expect(parseCommand("/brief subscribe daily 08:00 Asia/Tokyo")).toEqual({
      ok: true,
      command: { name: "subscribe", schedule: "daily 08:00", timezone: "Asia/Tokyo" },
    });
    expect(parseCommand("subscribe weekly mon 09:00")).toEqual({
      ok: true,
      command: { name: "subscribe", schedule: "weekly mon 09:00" },
    });
    expect(parseCommand("subscribe 0 8 * * 1-5 America/Argentina/Buenos_Aires ja")).toEqual({
      ok: true,
      command: {
        name: "subscribe",
        schedule: "0 8 * * 1-5",
        timezone: "America/Argentina/Buenos_Aires",
        lang: "ja",
      },
    });
    expect(parseCommand("subscribe */15 * * * *")).toEqual({
      ok: true,
      command: { name: "subscribe", schedule: "*/15 * * * *" },
    });
  });

  it("reads the missed-run policy anywhere in subscribe, and refuses an unknown one", () => {
    expect(parseCommand("/brief subscribe daily 08:00 missed=skip Asia/Tokyo ja")).toEqual({
      ok: true,
      command: {
        name: "subscribe",
        schedule: "daily 08:00",
        timezone: "Asia/Tokyo",
        lang: "ja",
        missed: "skip",
      },
    });
    expect(parseCommand("subscribe weekdays 07:30 Missed=FOLD")).toEqual({
      ok: true,
      command: { name: "subscribe", schedule: "weekdays 07:30", missed: "fold" },
    });
    expect(parseCommand("/brief subscribe daily 08:00 missed=never")).toEqual({
      ok: false,
      error: 'missed= takes late-once, skip or fold (got "never")',
    });
  });

  it("gives clear usage errors", () => {
    expect(parseCommand("/ask")).toEqual({ ok: false, error: "usage: ask QUESTION" });
    expect(parseCommand("/brief topic")).toEqual({ ok: false, error: "usage: topic NAME" });
    const sub = parseCommand("/brief subscribe");
    expect(sub.ok).toBe(false);
    expect(!sub.ok && sub.error).toMatch(/^usage: subscribe SCHEDULE \[TIMEZONE\]/);
    expect(parseCommand("/frobnicate now")).toEqual({
      ok: false,
      error: 'unknown command "/frobnicate"; try /help',
    });
    expect(parseCommand("/sources please")).toEqual({ ok: false, error: '"sources" takes no arguments' });
    expect(parseCommand("/digest klingon")).toEqual({ ok: false, error: "usage: digest [full] [en|ja|vi]" });
  });

  it("reads a language after digest", () => {
    expect(parseCommand("/digest ja")).toEqual({ ok: true, command: { name: "digest", lang: "ja" } });
    expect(parseCommand("/brief digest VI")).toEqual({ ok: true, command: { name: "digest", lang: "vi" } });
    expect(parseCommand("/digest")).toEqual({ ok: true, command: { name: "digest" } });
    // Bare text that starts with "digest" is still a question.
    expect(parseCommand("digest of the tariff news?")).toEqual({
      ok: true,
      command: { name: "ask", question: "digest of the tariff news?" },
    });
  });

  it("tells zones from schedule tokens", () => {
    for (const zone of ["Asia/Tokyo", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+7"])
      expect(looksLikeTimezone(zone)).toBe(true);
    for (const token of ["08:00", "*/5", "mon", "1-5", "daily"]) expect(looksLikeTimezone(token)).toBe(false);
  });
});
