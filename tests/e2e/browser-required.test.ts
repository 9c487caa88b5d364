import { describe, expect, it } from 'vitest';
import { browserSkipReason } from './browser.js';

describe('the browser tests without Chromium', () => {
  it('skip with one line saying why and how to enable them', () => {
    const reason = browserSkipReason(false, {});
    expect(reason).toMatch(
      /^Browser tests skipped: Chromium not found at \S+\. Install it with .+ to run them\.$/,
    );
    expect(reason).not.toContain('\n');
  });

  it.each([{ CI: 'true' }, { CI: '1' }, { REQUIRE_BROWSER: '1' }])('fail instead when %o', (env) => {
    expect(() => browserSkipReason(false, env)).toThrow(/required \(CI or REQUIRE_BROWSER=1\)/);
  });

  it('run when Chromium is there, required or not', () => {
    expect(browserSkipReason(true, { CI: 'true' })).toBeNull();
    expect(browserSkipReason(true, {})).toBeNull();
  });
});
