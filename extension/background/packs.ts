/**
 * The background's side of claim packs: the one writer of the packs in storage (shared/packs.ts). An import
 * is read and checked completely (src/packs/pack.ts) before anything is stored; a pack with problems is
 * stored only if the reader chose to keep its valid items; the packs and settings already there are never
 * touched by a failed import. The matcher's index of the packs switched on is compiled here, once per
 * change of the list, off the settings page's thread.
 */
import bundled from 'virtual:claimlens/database';
import wordCounts from 'virtual:claimlens/word-counts';
import type { ClaimDatabase } from '../../src/claims/types';
import { compileClaimIndex } from '../../src/match/compile';
import { CONCEPTS } from '../../src/match/lexicon';
import { specificityFrom } from '../../src/match/specificity';
import { mergeDatabases } from '../../src/packs/merge';
import { PACK_LIMITS } from '../../src/packs/limits';
import { readPack, type Pack, type PackProblem } from '../../src/packs/pack';
import updatePack, { header as updatePackHeader } from 'virtual:claimlens/update-pack';
import browser from '../shared/browser';
import type { Runtime } from 'webextension-polyfill';
import { PACKS_PORT, type PackImportResult, type PackStage, type ToSettings } from '../shared/messages';
import { packImportRequest, parse } from '../shared/schemas';
import { oneAtATime } from './one-at-a-time';
import {
  PACK_PART_CHARS,
  packIndexPartKey,
  packPartKey,
  PHRASINGS_PER_PART,
  type StoredInParts,
  type StoredPackIndex,
} from '../shared/pack-keys';
import { removeInParts, slices, storeInParts } from './stored-parts';
import { loadEnabledPacks, loadPackList, PACK_INDEX_KEY, packKey, PACKS_KEY, type PackEntry } from '../shared/packs';

const frameGroups = new Set(Object.keys(CONCEPTS));
let specificity: ((stem: string) => number) | undefined;

/** One change of the packs at a time: an import, a switch or a removal waits for the one before. */
const serially = oneAtATime();

/** Compiles the index of the packs switched on and stores it (or removes it when none is on). */
async function rebuildIndex(): Promise<void> {
  const packs = await loadEnabledPacks();
  if (packs.length === 0) {
    await removeInParts(PACK_INDEX_KEY, packIndexPartKey);
    return;
  }
  // The packs' claims over their own index; they may name the bundled entities in their frames.
  const merged = mergeDatabases(
    { ...bundled, claims: [], documents: [], timeline: [] },
    packs.map((p) => p.database),
  );
  specificity ??= specificityFrom(new Map(wordCounts));
  const { phrasings, ...head } = compileClaimIndex(merged.claims, { specificity, entities: merged.entities });
  const parts: string[] = [];
  for (let at = 0; at < phrasings.length; at += PHRASINGS_PER_PART)
    parts.push(JSON.stringify(phrasings.slice(at, at + PHRASINGS_PER_PART)));
  const fields: Omit<StoredPackIndex, keyof StoredInParts> = { head: JSON.stringify(head) };
  await storeInParts(PACK_INDEX_KEY, packIndexPartKey, parts, fields);
}

/**
 * Imports a pack file: reads and checks it, and stores it if it has no problem (or, with `validOnly`,
 * stores the items that have none). `progress` is told each stage.
 */
export function importPack(
  fileName: string,
  text: string,
  validOnly: boolean,
  progress: (stage: PackStage) => void,
): Promise<PackImportResult> {
  return serially(async () => {
    progress('checking');
    const reading = readPack(text, fileName, { bundled, frameGroups });
    const pack = reading.pack ?? (validOnly ? reading.validOnly : null);
    const valid = (reading.pack ?? reading.validOnly)?.database.claims.length ?? 0;
    if (!pack) return { ok: false, problems: reading.problems, more: reading.more, items: reading.items, valid };
    const { packs, error } = await loadPackList();
    if (error) return { ok: false, problems: [storageProblem(error)], more: 0, items: reading.items, valid };
    if (packs.some((p) => p.id === pack.id && p.builtIn)) {
      const problem = { path: ['id'], message: `"${pack.id}" is the id of a pack that comes with ClaimLens` };
      return { ok: false, problems: [problem], more: 0, items: reading.items, valid };
    }
    progress('saving');
    const { entry, replaced } = await storePack(pack, packs, { enabled: true });
    progress('compiling');
    await rebuildIndex();
    return { ok: true, entry, replaced };
  });
}

/**
 * Stores a pack and its entry in the list: a pack stored again (the same id) replaces the earlier
 * version, in its place in the list; a pack that comes with ClaimLens goes first.
 */
async function storePack(
  pack: Pack,
  packs: PackEntry[],
  fields: Pick<PackEntry, 'enabled' | 'builtIn'>,
): Promise<{ entry: PackEntry; replaced: boolean }> {
  const entry: PackEntry = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    publisher: pack.publisher,
    format: pack.format,
    claims: pack.database.claims.length,
    importedOn: new Date().toISOString(),
    ...fields,
  };
  const replaced = packs.some((p) => p.id === entry.id);
  const list = entry.builtIn
    ? [entry, ...packs.filter((p) => p.id !== entry.id)]
    : replaced
      ? packs.map((p) => (p.id === entry.id ? entry : p))
      : [...packs, entry];
  const database = JSON.stringify(pack.database satisfies ClaimDatabase);
  await storeInParts(packKey(entry.id), (n) => packPartKey(entry.id, n), slices(database, PACK_PART_CHARS));
  await browser.storage.local.set({ [PACKS_KEY]: list });
  return { entry, replaced };
}

/**
 * Installs the pack that comes with ClaimLens (the claims since 2023, `packs/since-2023`) when it is not
 * in the list or is another version, keeping the reader's switch. Run whenever the background starts: on
 * install, after an update, and if its entry was lost. A list that cannot be read is left as it is (the
 * settings page says so).
 */
export function installBundledPack(): Promise<void> {
  return serially(async () => {
    const { packs, error } = await loadPackList();
    if (error) return;
    const installed = packs.find((p) => p.id === updatePackHeader.id);
    // The usual case, on every start of the background: installed and current, and the pack is not read.
    if (installed?.builtIn && installed.version === updatePackHeader.version) return;
    const reading = readPack(updatePack, 'since-2023.json', { bundled, frameGroups });
    if (!reading.pack) {
      console.warn('ClaimLens: the pack that comes with ClaimLens cannot be read', reading.problems);
      return;
    }
    await storePack(reading.pack, packs, { enabled: installed?.enabled ?? true, builtIn: true });
    await rebuildIndex();
  });
}

/**
 * Compiles the packs' index again, as this version of ClaimLens compiles and stores it: after an
 * update, the stored one was written by the version before.
 */
export function recompilePackIndex(): Promise<void> {
  return serially(rebuildIndex);
}

/** Switches a pack on or off. False if there is no such pack. */
export function setPackEnabled(id: string, enabled: boolean): Promise<boolean> {
  return serially(async () => {
    const { packs, error } = await loadPackList();
    if (error || !packs.some((p) => p.id === id)) return false;
    await browser.storage.local.set({ [PACKS_KEY]: packs.map((p) => (p.id === id ? { ...p, enabled } : p)) });
    await rebuildIndex();
    return true;
  });
}

/** Removes a pack and its claims. False if there is no such pack, or it comes with ClaimLens (switch it off). */
export function removePack(id: string): Promise<boolean> {
  return serially(async () => {
    const { packs, error } = await loadPackList();
    if (error || !packs.some((p) => p.id === id && !p.builtIn)) return false;
    await browser.storage.local.set({ [PACKS_KEY]: packs.filter((p) => p.id !== id) });
    await removeInParts(packKey(id), (n) => packPartKey(id, n));
    await rebuildIndex();
    return true;
  });
}

function storageProblem(message: string): PackProblem {
  return { path: [], message: `${message} Nothing was imported; remove the stored packs on this page to start again.` };
}

/**
 * The settings page imports a pack over a port of its own: it sends the file's text in chunks, then asks
 * for the import, and is told each stage, then the result. Text past the size limit is not kept.
 */
export function servePackImports(isOwnPage: (sender: Runtime.MessageSender) => boolean): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PACKS_PORT || !port.sender || !isOwnPage(port.sender)) return;
    let chunks: string[] = [];
    let length = 0;
    const send = (m: ToSettings) => {
      try {
        port.postMessage(m);
      } catch {
        // The settings page was closed: the import goes on, and its list shows the result when opened.
      }
    };
    const refuse = (message: string) =>
      send({
        type: 'pack/result',
        result: { ok: false, problems: [{ path: [], message }], more: 0, items: 0, valid: 0 },
      });
    port.onMessage.addListener((message: unknown) => {
      const request = parse(packImportRequest, message);
      if (!request) return;
      if (request.type === 'pack/chunk') {
        length += request.text.length;
        // Over the limit: nothing more is kept, and the import says why.
        if (length <= PACK_LIMITS.bytes) chunks.push(request.text);
        else chunks = [];
        return;
      }
      const text = chunks.join('');
      const tooLong = length > PACK_LIMITS.bytes;
      chunks = [];
      length = 0;
      if (tooLong) return refuse(`The file is larger than ${PACK_LIMITS.bytes / 1e6} MB.`);
      importPack(request.fileName, text, request.validOnly, (stage) => send({ type: 'pack/progress', stage }))
        .then((result) => send({ type: 'pack/result', result }))
        .catch((err: unknown) => refuse(String(err)));
    });
  });
}
