import { describe, expect, it } from 'vitest';
import { escapeXml, toastXml } from '../../../../main/core/toast-xml';

describe('Windows toast XML', () => {
  it('writes the title, body and one protocol-activated button per action', () => {
    const xml = toastXml({
      title: 'Time to unwind',
      body: 'Your 12-minute routine is ready.',
      buttons: [
        { label: 'Start', url: 'unknot://start-routine' },
        { label: '10 more minutes', url: 'unknot://snooze' },
      ],
    });
    expect(xml).toBe(
      '<toast><visual><binding template="ToastGeneric"><text>Time to unwind</text>' +
        '<text>Your 12-minute routine is ready.</text></binding></visual><actions>' +
        '<action content="Start" arguments="unknot://start-routine" activationType="protocol"/>' +
        '<action content="10 more minutes" arguments="unknot://snooze" activationType="protocol"/>' +
        '</actions></toast>',
    );
  });

  it('has no actions element without buttons', () => {
    expect(toastXml({ title: 't', body: 'b', buttons: [] })).not.toContain('<actions');
  });

  it('escapes every character XML gives a meaning, in text and attributes', () => {
    expect(escapeXml(`Tom & "Jerry" <'x'>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;&apos;x&apos;&gt;');
    const xml = toastXml({
      title: '<b>',
      body: 'a & b',
      buttons: [{ label: 'Say "hi"', url: 'unknot://snooze' }],
    });
    expect(xml).toContain('<text>&lt;b&gt;</text><text>a &amp; b</text>');
    expect(xml).toContain('content="Say &quot;hi&quot;"');
    // Nothing but the markup itself opens a tag.
    expect(xml.match(/</g)).toHaveLength(xml.match(/<\/?[a-z]/gi)?.length ?? 0);
  });
});
