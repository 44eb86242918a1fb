import { describe, expect, it } from 'vitest';
import { SITE_CSS } from './site-css.js';

describe('SITE_CSS', () => {
  it('carries what the pages leave to it: visible focus, the skip link, hidden diff markers, ins/del colours', () => {
    for (const rule of [':focus-visible', '.skip-link:focus', '.visually-hidden', 'ins {', 'del {']) expect(SITE_CSS).toContain(rule);
  });
});
