/** What the global setup hands to every end-to-end test file (vitest provide/inject). */

/** One match as `npm run scan -- --json` prints it (the fields the tests use). */
export interface ScanMatch {
  text: string;
  start: number;
  end: number;
  score: number;
  kind: 'quote' | 'paraphrase' | 'disputes';
  attributedTo?: string;
  claim: {
    id: string;
    ref?: string;
    statement: string;
    claimant: string;
    org: string;
    date: string;
    stance: string;
    excerpts: Array<{ seed: string; text: string }>;
    counters: string[];
  };
}

export interface ScanResult {
  input: string;
  pageDate: string | null;
  /** What the extension highlights at the default sensitivity. */
  matches: ScanMatch[];
  /** What it lists without highlighting: weaker matches and sentences disputing a claim. */
  possible: ScanMatch[];
}

export interface E2EContext {
  /** Copies of dist/chrome and dist/firefox taken at the start of the run (a rebuild during it cannot interfere). */
  extensionDirs: { chrome: string; firefox: string };
  /** CLI results per page, keyed by the path the server serves it under ("/pages/x.html", "/demo/article.html"). */
  scans: Record<string, ScanResult>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    claimlensE2E: E2EContext;
  }
}
