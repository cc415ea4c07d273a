import { LANGS, type Localized } from "../i18n/lang.js";
import { shippedKnowledge } from "./load.js";
import type { WorldData } from "./schema.js";

/**
 * The world file as the engine uses it, read and validated once, on first use: the entities
 * any briefing may meet (a briefing's own entity with the same name shadows one) and the
 * common offices, with their names in every language (missing languages as empty lists).
 */
export interface WorldEntity {
  id: string;
  kind: string;
  names: Localized<string[]>;
  /** Names read in every language: "VN", "JP" (country codes, chat abbreviations). */
  codes: readonly string[];
  capitalOf?: string;
  office?: string;
  actsFor?: string;
}

export interface WorldOffice {
  id: string;
  names: Localized<string[]>;
  /** Held by one country toward another (an ambassador, an envoy): of one country, to another. */
  between: boolean;
}

/** A news outlet or publishing office (`outlets` in world.yaml): see worldOutletSchema. */
export interface WorldOutlet {
  id: string;
  names: Localized<string[]>;
  /** Short forms read in every language: "WH", "JT", "S&P". */
  codes: readonly string[];
}

export interface World {
  entities: readonly WorldEntity[];
  offices: readonly WorldOffice[];
  outlets: readonly WorldOutlet[];
}

function localized(names: Partial<Localized<string[]>>): Localized<string[]> {
  return Object.fromEntries(LANGS.map((l) => [l, names[l] ?? []])) as Localized<string[]>;
}

function compileWorld(data: WorldData): World {
  return {
    entities: data.entities.map((e) => ({ ...e, names: localized(e.names), codes: e.codes ?? [] })),
    offices: (data.offices ?? []).map((o) => ({
      id: o.id,
      names: localized(o.names),
      between: o.between ?? false,
    })),
    outlets: (data.outlets ?? []).map((o) => ({ id: o.id, names: localized(o.names), codes: o.codes ?? [] })),
  };
}

let world: World | undefined;

/** The shipped world file, on first use. */
export function worldKnowledge(): World {
  world ??= compileWorld(shippedKnowledge().world);
  return world;
}
