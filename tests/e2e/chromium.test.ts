/** ClaimLens end to end in Chromium (playwright-core, Debian's chromium or CHROME_PATH). */
import { locateBrowser } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { defineClaimLensSuite } from './suite';

defineClaimLensSuite(locateBrowser('chromium'), launchChromium, 'chrome');
