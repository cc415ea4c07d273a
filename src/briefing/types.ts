import type { Lang } from "../i18n/lang.js";
import type { BriefingMetaInput, EntityInput, FactInput, SourceInput, TopicInput } from "./schema.js";

export type Topic = TopicInput;
export type Source = SourceInput;
export type Entity = EntityInput;

/** A fact as loaded: the curator's fields plus where it came from and a content hash. */
export interface Fact extends FactInput {
  /** sha256 of the fact's content (statement, numbers, citations...), for change tracking. */
  hash: string;
  /** The file and line the fact starts at, for messages to curators. */
  origin: { file: string; line: number };
}

/** A 1-based place in a briefing file, for messages to curators. */
export interface FilePosition {
  file: string;
  line: number;
  col: number;
}

/** Where the loader found things, so later checks (quotes) can point at the line to fix. */
export interface BriefingPositions {
  /** Each source's entry in briefing.yaml, by source id. */
  source: ReadonlyMap<string, FilePosition>;
  /** Each citation's quote, by fact id, in citation order. */
  quote: ReadonlyMap<string, readonly FilePosition[]>;
}

/** A validated, loaded briefing. Immutable once loaded; a reload makes a new one. */
export interface Briefing {
  id: string;
  meta: Omit<BriefingMetaInput, "topics" | "sources" | "entities">;
  topics: Topic[];
  sources: Source[];
  entities: Entity[];
  facts: Fact[];
  /** sha256 over the whole briefing: changes when any fact or metadata changes. */
  version: string;
  /** The folder it was loaded from. */
  dir: string;
  /** Set by the loader; absent on briefings built in code (tests, benchmarks). */
  positions?: BriefingPositions;
  /**
   * What the answer engine derived from the briefing when it was compiled (its calibration
   * model), kept with it in the compiled cache so a cold start does not derive it again.
   * Opaque here: the engine validates it (LoadOptions.derive).
   */
  derived?: unknown;
  byId: {
    fact: ReadonlyMap<string, Fact>;
    source: ReadonlyMap<string, Source>;
    entity: ReadonlyMap<string, Entity>;
    topic: ReadonlyMap<string, Topic>;
  };
}

/**
 * The briefings in service. The watcher swaps in a new snapshot on a valid edit; readers
 * call `current()` on each use and never hold on to a Briefing across requests.
 */
export interface BriefingStore {
  /** The briefing with this id, or the default one when no id is given. */
  get(id?: string): Briefing | undefined;
  list(): Briefing[];
  defaultId(): string;
}

export function localized<T>(value: Record<Lang, T>, lang: Lang): T {
  return value[lang];
}
