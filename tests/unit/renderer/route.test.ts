import { describe, expect, it } from 'vitest';
import { viewFromSearch } from '../../../renderer/lib/route';

describe('viewFromSearch', () => {
  it('picks the named view and falls back to the routine', () => {
    expect(viewFromSearch('?view=settings')).toBe('settings');
    expect(viewFromSearch('?view=history')).toBe('history');
    expect(viewFromSearch('?view=__proto__')).toBe('routine');
    expect(viewFromSearch('')).toBe('routine');
  });
});
