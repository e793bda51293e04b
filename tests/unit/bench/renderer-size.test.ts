import { describe, expect, it } from 'vitest';
import { gzippedSize, gzippedTotal, initialCode } from '../../../bench/figures/renderer-size';

describe('per-view renderer size', () => {
  it('counts the JS and CSS a view requested, once each, without the lazily loaded figure chunk', () => {
    const capture = {
      exchanges: [],
      requested: [
        'index.html',
        'assets/index-a.js',
        'assets/style-b.css',
        'assets/figure-c.js',
        'assets/index-a.js',
        'assets/icon.svg',
      ],
    };
    expect(initialCode(capture)).toEqual(['assets/index-a.js', 'assets/style-b.css']);
  });

  it('sums gzipped sizes file by file and refuses a file the build does not have', () => {
    const a = Buffer.from('a'.repeat(1000));
    const b = Buffer.from('let b = 1;');
    const files = new Map([
      ['a.js', a],
      ['b.js', b],
    ]);
    expect(gzippedTotal(files, ['a.js', 'b.js', 'a.js'])).toBe(gzippedSize(a) + gzippedSize(b));
    expect(() => gzippedTotal(files, ['missing.js'])).toThrow(/not in the build/);
  });
});
