/**
 * Finding the actors a text names: police forces, the government, courts, regulators, companies,
 * campaign groups, politicians, researchers, the press and foreign bodies (seeds/entities.yaml). Names
 * match as whole words, with their capitals ("the Met", not "we met"); caseless names match whatever
 * the capitals (headlines). All names are compiled into two regular expressions, so a text is read
 * once (twice with the caseless names) whatever the number of entities.
 */
import type { Entity, EntityKind } from '../claims/types';

/** An entity as the index ships it. */
export interface EntityData {
  id: string;
  kind: EntityKind;
  /** Its names, longest first, separated by "|" (made into a regular expression when the index loads). */
  names: string;
  /** The same for the names matched whatever their capitals, or '' if none. */
  caseless: string;
  /** For a collective entity ("UK police"): the kinds of entity that count as it. */
  covers: EntityKind[];
}

/** One mention of an entity in a text. */
export interface Mention {
  /** Index of the entity in the index's list. */
  entity: number;
  start: number;
  end: number;
}

/** A name as a regular expression: spaces and apostrophes as news writing varies them. */
function namePattern(name: string): string {
  return name
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/** Whole words only: no letter or digit just before or after. */
const wholeWord = (alternatives: string) => `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;

/** Names longest first, so that "Metropolitan Police Service" wins over "Met" where both could start. */
function alternatives(names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).join('|');
}

/** The regular expression source of names stored by `alternatives`. */
function namesPattern(names: string): string {
  return names.split('|').map(namePattern).join('|');
}

/** Compiles the entities for the index (build time). */
export function compileEntities(entities: readonly Entity[]): EntityData[] {
  return entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    names: alternatives(e.names),
    caseless: e.caseless.length > 0 ? alternatives(e.caseless) : '',
    covers: e.covers,
  }));
}

/** Finds the entities named in a text. */
export class EntityFinder {
  private readonly exact: RegExp | null;
  private readonly caseless: RegExp | null;
  /** Capture group number → entity index, for each of the two expressions. */
  private readonly exactGroups: number[] = [];
  private readonly caselessGroups: number[] = [];
  private readonly byId = new Map<string, number>();

  constructor(readonly entities: readonly EntityData[]) {
    const exact: string[] = [];
    const caseless: string[] = [];
    entities.forEach((e, i) => {
      this.byId.set(e.id, i);
      exact.push(`(${namesPattern(e.names)})`);
      this.exactGroups.push(i);
      if (e.caseless) {
        caseless.push(`(${namesPattern(e.caseless)})`);
        this.caselessGroups.push(i);
      }
    });
    this.exact = exact.length > 0 ? new RegExp(wholeWord(exact.join('|')), 'gu') : null;
    this.caseless = caseless.length > 0 ? new RegExp(wholeWord(caseless.join('|')), 'giu') : null;
  }

  /** The index of an entity by id, or undefined. */
  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Every mention in `text`, in order; where a caseless name and a name overlap, the first found counts. */
  mentions(text: string): Mention[] {
    const found: Mention[] = [];
    collect(this.exact, this.exactGroups, text, found);
    collect(this.caseless, this.caselessGroups, text, found);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (!last || m.start >= last.end) out.push(m);
    }
    return out;
  }
}

function collect(re: RegExp | null, groups: readonly number[], text: string, into: Mention[]): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] === undefined) continue;
      into.push({ entity: groups[g - 1] as number, start: m.index, end: m.index + m[0].length });
      break;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
}
