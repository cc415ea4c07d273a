import type { Role } from "../briefing/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { EntityMention, QuestionToken } from "./entities.js";
import { fold } from "./normalize.js";

/**
 * Reads the role each entity plays in a question from its structure, the way a person would:
 * "Japanese PhD students" (origin), "will Vietnam accept" (agent), "tariff on Thailand",
 * "Vietnam face" (recipient), "from X" (origin), "in X" (location), "with X" (counterpart).
 * When nothing in the sentence says, the role stays unknown and is not checked.
 */

export type QuestionRole = Extract<Role, "agent" | "recipient" | "origin" | "location" | "counterpart">;

const ORIGIN_NOUNS = new Set(
  `student students phd phds doctoral candidate candidates researcher researchers engineer engineers
  people person nationals national citizens citizen workers worker labor labour trainees trainee
  migrants migrant residents resident community communities goods good products product exports export
  companies company firms firm businesses business investors investor professionals experts talent
  graduates scholars interns expats diaspora`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words that may stand between a nationality and its noun: "Japanese PhD students". */
const MODIFIERS = new Set(
  "phd doctoral semiconductor chip tech technology young skilled foreign overseas international graduate university engineering ai".split(
    " ",
  ),
);
const RECIPIENT_VERBS = new Set(
  "face faces facing faced receive receives received receiving hit subject suffer suffers endure".split(" "),
);
const AGENT_VERBS = new Set(
  `accept accepts accepted accepting impose imposes imposed put puts give gives gave send sends sent pledge
  pledged pledges commit commits committed offer offers offered provide provides provided train trains
  trained help helps helped sign signed announce announced propose proposed promise promised levy levied
  sell sells sold buy bought invest invested fund funded support supported take takes took admit admits
  host hosts hosted call called say said tell told want wants aim aims plan plans agree agreed meet met
  visit visited threaten threatened set demand demanded ask asked urge urged
  build builds built grant grants granted charge charges charged slap slaps`
    .split(/\s+/)
    .filter(Boolean),
);
/** "the population of X": people located in X. */
const PLACE_OF = new Set(
  "population people residents citizens inhabitants weather climate capital".split(" "),
);
const PEOPLE_VERBS = new Set(
  "live lives living lived study studies studying work works working reside resides residing stay stays staying".split(
    " ",
  ),
);
const AUXILIARIES = new Set(
  "will would did does do can could should shall has have had is are was were may might".split(" "),
);
const AGENT_NOUNS = new Set(
  `plan plans offer offers proposal proposals pledge pledges government administration ministry
  initiative program programme policy policies sanctions leader president prime minister decision commitment`
    .split(/\s+/)
    .filter(Boolean),
);
const QUANTIFIERS = new Set("many much which what".split(" "));
const BE = new Set("is are was were be been being".split(" "));
/** Participles whose passive subject is on the receiving end ("Japan was threatened with 24%"). */
const PASSIVE_RECEIVES = new Set(
  "threatened hit targeted given offered granted promised charged slapped taxed sanctioned penalized penalised spared exempted affected".split(
    " ",
  ),
);

const SENDING: Record<Lang, RegExp> = {
  en: /\b(send|sends|sent|sending|dispatch|dispatches|dispatched|export|exports|exported|ship|ships|shipped)\b/,
  // "輸出先" (export destination) and "送り先" name where goods go, not the sending.
  ja: /送(?!り?先)|派遣|輸出(?!先)/u,
  vi: /\b(gui|xuat khau)\b/,
};

/** "Who did Vietnam send to Washington?" (an envoy: the sender acts), not "who will Vietnam send to Japan to study" (people from there). */
const ASKS_WHO_IS_SENT: Record<Lang, RegExp> = {
  en: /^\s*who (?:did|does|will|would|has|had) (?:[a-z.'-]+ ){1,3}send to (?![^?]*\b(?:stud\w*|students?|work|workers?|train\w*|trainees?|learn\w*)\b)/,
  ja: /(誰|だれ)を派遣/u,
  vi: /\bcu ai\b/,
};

const GO_VERBS = new Set(
  "go goes went gone going travel travels traveled travelled fly flew flies come came".split(" "),
);
const VISIT_VERBS = new Set("visit visits visited visiting tour toured touring".split(" "));

const DETERMINERS = new Set("the a an its their his her".split(" "));

function englishRole(toks: QuestionToken[], first: number, end: number): QuestionRole | undefined {
  let at = first - 1;
  while (at >= 0 && DETERMINERS.has(toks[at]!.folded)) at--;
  const prev = toks[at]?.folded;
  const prev2 = toks[at - 1]?.folded;
  const next = toks.slice(end, end + 4).map((t) => t.folded);
  // "Japanese (PhD) students", "Vietnam's exports": whose people or goods.
  let k = 0;
  while (k < 2 && next[k] && MODIFIERS.has(next[k]!)) k++;
  if (next[k] && ORIGIN_NOUNS.has(next[k]!)) return "origin";
  // "Japan's OSA", "Vietnam's exports": the owner of what follows, whatever precedes it.
  if (next[0] === "s") {
    if (next[1] && ORIGIN_NOUNS.has(next[1])) return "origin";
    if (next[1] && AGENT_NOUNS.has(next[1])) return "agent";
    return undefined;
  }
  if (prev === "from") return "origin";
  // "according to Ishiba": the one who says it.
  if (prev === "to" && prev2 === "according") return "agent";
  if (prev === "of" && prev2 && PLACE_OF.has(prev2)) return "location";
  // "How many Vietnamese live in Japan": the people who live, study or work somewhere.
  if (next[0] && PEOPLE_VERBS.has(next[0])) return "origin";
  // "US vehicle imports face…": the country whose imports they are is where they go, not who faces it.
  if (next.slice(0, 2).some((w) => w === "imports" || w === "import")) return "location";
  if (next.slice(0, 3).some((w) => RECIPIENT_VERBS.has(w))) return "recipient";
  // "went to Washington": the place gone to.
  if (prev === "to" && prev2 && GO_VERBS.has(prev2)) return "location";
  if (
    prev === "on" ||
    prev === "against" ||
    prev === "to" ||
    prev === "for" ||
    prev === "towards" ||
    prev === "toward"
  )
    return "recipient";
  if (prev === "by") return "agent";
  if (prev === "in" || prev === "at" || prev === "inside") return "location";
  // "visit China": the place visited.
  if (prev && VISIT_VERBS.has(prev)) return "location";
  // "compared with Ishiba": set beside the subject, not a party to what it did.
  if (prev === "with" && (prev2 === "compared" || prev2 === "comparison")) return undefined;
  if (prev === "with") return "counterpart";
  // "How many X will Y accept": X is what is counted, not who acts.
  if (prev && QUANTIFIERS.has(prev)) return undefined;
  if (prev2 && QUANTIFIERS.has(prev2) && prev && MODIFIERS.has(prev)) return undefined;
  const n0 = next[0];
  const n1 = next[1];
  // "was Japan threatened with", "is Vietnam hit by": the subject of a passive receives.
  if (prev && BE.has(prev) && n0 && PASSIVE_RECEIVES.has(n0)) return "recipient";
  if (n0 && (AGENT_VERBS.has(n0) || AGENT_NOUNS.has(n0))) return "agent";
  if (n0 === "s" && n1 && AGENT_NOUNS.has(n1)) return "agent";
  if (n0 && AUXILIARIES.has(n0) && n1 && (AGENT_VERBS.has(n1) || n1 === "personally" || n1 === "also"))
    return "agent";
  if (prev && AUXILIARIES.has(prev) && n0 && AGENT_VERBS.has(n0)) return "agent";
  if (prev && AUXILIARIES.has(prev) && n0 === "not" && n1 && AGENT_VERBS.has(n1)) return "agent";
  return undefined;
}

const JA_AGENT_VERB =
  /受け入れ|受入|課す|課さ|課し|課せ|提供|約束|支援|送(?!り?先)|表明|発表|輸出(?!先)|育成|投資|売|販売|求め|呼びかけ/u;

function japaneseRole(prepared: string, start: number, end: number): QuestionRole | undefined {
  const after = prepared.slice(end, end + 8);
  const surface = prepared.slice(start, end);
  if (/^(への|に対する|に対して|に課|向け|が直面|は直面|が受け(?!入れ)|に対し)/u.test(after))
    return "recipient";
  // "日本にいくら投資した": who is invested in, sent to or given to.
  if (/^に(いくら|どれだけ|どのくらい|何)?[^、。]{0,3}(投資|輸出|送|提供|供与|支援)/u.test(after))
    return "recipient";
  if (/人$/u.test(surface) || /^(人|系|の(学生|留学生|博士|企業|製品|労働者|人材|研究者)|製)/u.test(after))
    return "origin";
  if (/^から/u.test(after)) return "origin";
  if (/^(で|において|にて)/u.test(after)) return "location";
  if (/^と/u.test(after)) return "counterpart";
  if (/^(は|が)/u.test(after) && JA_AGENT_VERB.test(prepared.slice(end))) return "agent";
  if (/^による/u.test(after) || /^の(計画|提案|政策)/u.test(after)) return "agent";
  return undefined;
}

const VI_ORIGIN_BEFORE =
  /(sinh vien|nguoi|hang|hang hoa|san pham|doanh nghiep|cong ty|tien si|nghien cuu sinh|lao dong|cong dan|du hoc sinh|chuyen gia|ky su|nhan luc|xuat khau cua|hang xuat khau)\s*$/;
const VI_RECIPIENT_BEFORE = /(doi voi|len|cho|nham vao)\s*$/;
const VI_AGENT_AFTER =
  /^\s*(se |da |dang |co the )?(tiep nhan|nhan|ap|ap dat|dao tao|cung cap|cam ket|gui|ho tro|ban|cong bo|danh)\b/;

function vietnameseRole(folded: string, start: number, end: number): QuestionRole | undefined {
  const before = folded.slice(Math.max(0, start - 30), start);
  const after = folded.slice(end, end + 40);
  if (VI_ORIGIN_BEFORE.test(before)) return "origin";
  if (/^(nguoi|cong dong nguoi|lao dong|sinh vien|doanh nghiep) /.test(folded.slice(start, end)))
    return "origin";
  if (/\btu\s*$/.test(before)) return "origin";
  if (VI_RECIPIENT_BEFORE.test(before)) return "recipient";
  // "Hàng Nhật (nhập) vào Mỹ chịu thuế": where the goods go, not who bears the tariff.
  if (/\b(vao|sang)\s*$/.test(before) && !/nham vao\s*$/.test(before)) return "location";
  // "sang thăm Tokyo", "đến Hà Nội": the place visited.
  if (
    /\b(tham|ghe)\s*$/.test(before) ||
    (/\b(den|toi)\s*$/.test(before) &&
      !/\b(anh huong|tac dong|lien quan|quan tam|doi) (den|toi)\s*$/.test(before))
  )
    return "location";
  if (/^\s*(phai chiu|chiu|bi ap|bi danh|doi mat)/.test(after)) return "recipient";
  if (/\b(o|tai)\s*$/.test(before)) return "location";
  if (/\b(voi|cung)\s*$/.test(before) && !/doi voi\s*$/.test(before)) return "counterpart";
  if (VI_AGENT_AFTER.test(after)) return "agent";
  return undefined;
}

/** The role of each mention in the question, where the sentence makes it clear. */
export function readRoles(
  prepared: string,
  toks: QuestionToken[],
  mentions: readonly EntityMention[],
  lang: Lang,
): (QuestionRole | undefined)[] {
  // With "send"-type verbs the one who acts is where the people or goods come from, and the
  // other side ("to Japan") is the one that takes them in: read the roles that way.
  const sending = SENDING[lang].test(lang === "ja" ? prepared : fold(prepared));
  const roles = mentions.map((m) => {
    if (!m.tokens) return japaneseRole(prepared, m.chars[0], m.chars[1]);
    if (lang === "vi") {
      const before = fold(prepared.slice(0, m.chars[0]));
      const surface = fold(prepared.slice(m.chars[0], m.chars[1]));
      return vietnameseRole(
        `${before}${surface}${fold(prepared.slice(m.chars[1]))}`,
        before.length,
        before.length + surface.length,
      );
    }
    // "the Ishiba-Chinh meeting": names joined by a hyphen name the meeting, they take no role.
    if (/^[-–]\p{L}/u.test(prepared.slice(m.chars[1])) || /\p{L}[-–]$/u.test(prepared.slice(0, m.chars[0])))
      return undefined;
    return englishRole(toks, m.tokens[0], m.tokens[1]);
  });
  // "Who did Vietnam send to Washington?": a person sent as an envoy; the sender acts.
  if (!sending || ASKS_WHO_IS_SENT[lang].test(lang === "ja" ? prepared : fold(prepared))) return roles;
  return roles.map((r) => (r === "agent" ? "origin" : r === "recipient" ? undefined : r));
}
