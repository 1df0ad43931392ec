/**
 * Renders the hand-written SVG icons in icons/ to the PNGs that the manifest (16, 32, 48, 128) and the
 * toolbar states in extension/background/action.ts (findings, none, paused at 16 and 32) load.
 *
 *   node scripts/icons.mjs
 *
 * Uses headless Chromium through playwright-core: $CHROME_PATH, else /usr/bin/chromium. Each SVG is drawn
 * as an <img> in a page exactly the target size and screenshotted with a transparent background. The
 * output is deterministic (fixed sRGB colour profile, scale factor 1, no GPU) and a PNG is rewritten only
 * when its bytes change, so running the script twice leaves the tree as it was.
 *
 * The toolbar sizes (16, 32) come from the *-16.svg variants, drawn on a 16-unit pixel grid; 48 and 128
 * come from the master claimlens.svg, whose mark fills the central 96×96 of its 128 box (the store's
 * padding). At 48 the master is cropped to that 96×96, so the mark fills the icon like the toolbar one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ICONS = join(ROOT, 'icons');

/** @type {{ svg: string; size: number; out: string; viewBox?: string }[]} */
const JOBS = [
  { svg: 'claimlens-16.svg', size: 16, out: 'claimlens-16.png' },
  { svg: 'claimlens-16.svg', size: 32, out: 'claimlens-32.png' },
  { svg: 'claimlens.svg', size: 48, out: 'claimlens-48.png', viewBox: '16 16 96 96' },
  { svg: 'claimlens.svg', size: 128, out: 'claimlens-128.png' },
  { svg: 'claimlens-none-16.svg', size: 16, out: 'claimlens-none-16.png' },
  { svg: 'claimlens-none-16.svg', size: 32, out: 'claimlens-none-32.png' },
  { svg: 'claimlens-paused-16.svg', size: 16, out: 'claimlens-paused-16.png' },
  { svg: 'claimlens-paused-16.svg', size: 32, out: 'claimlens-paused-32.png' },
];

function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    console.error(`icons: Chromium not found at ${path}; set CHROME_PATH to a Chromium or Chrome binary.`);
    process.exit(1);
  }
  return path;
}

/** The SVG as a data: URL, its viewBox replaced when the job crops it. */
function svgUrl(file, viewBox) {
  let svg = readFileSync(join(ICONS, file), 'utf8');
  if (viewBox) {
    const cropped = svg.replace(/viewBox="[^"]*"/, `viewBox="${viewBox}"`);
    if (cropped === svg) throw new Error(`${file}: no viewBox to crop`);
    svg = cropped;
  }
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: ['--force-color-profile=srgb', '--disable-gpu', '--disable-lcd-text', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg, size, out, viewBox } of JOBS) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      '<!doctype html><html><body style="margin:0;background:transparent">' +
        `<img id="icon" width="${size}" height="${size}" style="display:block" src="${svgUrl(svg, viewBox)}">` +
        '</body></html>',
    );
    await page.locator('#icon').evaluate(async (img) => {
      await img.decode();
      if (!img.naturalWidth) throw new Error('SVG failed to load');
    });
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    const { width, height } = pngSize(png);
    if (width !== size || height !== size)
      throw new Error(`${out}: rendered ${width}×${height}, expected ${size}×${size}`);
    const path = join(ICONS, out);
    const changed = !existsSync(path) || !readFileSync(path).equals(png);
    if (changed) writeFileSync(path, png);
    console.log(`${changed ? 'wrote    ' : 'unchanged'} ${relative(ROOT, path)} (${size}px from ${svg})`);
  }
} finally {
  await browser.close();
}
