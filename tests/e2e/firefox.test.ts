/** ClaimLens end to end in Firefox (puppeteer-core over WebDriver BiDi, Debian's firefox-esr or FIREFOX_PATH). */
import { locateBrowser } from './harness/browsers';
import { launchFirefox } from './harness/firefox';
import { defineClaimLensSuite } from './suite';

defineClaimLensSuite(locateBrowser('firefox'), launchFirefox, 'firefox');
