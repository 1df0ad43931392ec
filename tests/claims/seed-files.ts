/** The real seed files, edited for a test, and the problems the loader reports for them. */
import {
  ClaimDatabaseError,
  loadClaimDatabase,
  type LoadOptions,
  type SeedFiles,
  type YamlFile,
} from '../../src/claims/load';
import { readSeedFiles } from '../../src/cli/seeds';

/** The real seed files with one file's text edited: a claim file (by the end of its path), the timeline or the sources. */
export function edited(
  which: 'claim' | 'timeline' | 'sources',
  path: string,
  edit: (s: string) => string,
): SeedFiles<YamlFile> {
  const files = readSeedFiles();
  if (which === 'timeline') return { ...files, timeline: { ...files.timeline, content: edit(files.timeline.content) } };
  if (which === 'sources') return { ...files, sources: { ...files.sources, content: edit(files.sources.content) } };
  const target = files.claims.find((f) => f.path.endsWith(path));
  if (!target) throw new Error(`no claim file ${path}`);
  return { ...files, claims: files.claims.map((f) => (f === target ? { ...f, content: edit(f.content) } : f)) };
}

/** The real seed files with one claim file edited. */
export function withClaim(path: string, edit: (content: string) => string): SeedFiles<YamlFile> {
  return edited('claim', path, edit);
}

/** Every problem the loader reports for `files` (none if they load). */
export function problemsOf(files: SeedFiles, options?: LoadOptions) {
  try {
    loadClaimDatabase(files, options);
  } catch (err) {
    if (err instanceof ClaimDatabaseError) return err.problems;
    throw err;
  }
  return [];
}
