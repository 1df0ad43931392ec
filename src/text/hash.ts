/**
 * A stable short name for a text: 16 hex digits from two 32-bit FNV-1a style hashes. For ids that must be
 * the same on every run and machine (a ClaimReview's claim, an annotation), not for security.
 */
export function hashKey(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    h1 = Math.imul(h1 ^ key.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ key.charCodeAt(i), 2246822519) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
