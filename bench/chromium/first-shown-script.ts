/**
 * Page-side probe for cold-start timing, installed before any page script runs. It records
 * performance.now() (milliseconds since navigation start) in the first animation frame in which
 * the target element is rendered with a size, is not hidden, and is interactive: its first
 * control (or itself) is enabled and not inside an inert subtree. When the page first shows a
 * start button, the probe clicks it the moment it is interactive, so no human reaction time is
 * counted. Checks run only when the DOM changes (MutationObserver, then one frame later so layout
 * and styles apply), never on a timer.
 * A string, not a function, because the bench is type-checked without the DOM library.
 */

/** A page global holding a promise of that time, which the bench awaits (no polling). */
export const SHOWN_AT_GLOBAL = '__unknotBenchShownAt';
/** A page global holding when the probe clicked `clickFirst` (ms since navigation start), or null. */
export const CLICKED_AT_GLOBAL = '__unknotBenchClickedAt';

export interface ProbeTarget {
  /** The element whose appearance ends the measurement. */
  readonly selector: string;
  /** A button to click as soon as it is interactive, before the target can appear (e.g. Start). */
  readonly clickFirst?: string;
}

export function firstShownScript(target: ProbeTarget): string {
  return `(() => {
    const selector = ${JSON.stringify(target.selector)};
    let clickFirst = ${JSON.stringify(target.clickFirst ?? null)};
    const CONTROLS = 'button, input, select, textarea, a[href], [tabindex]';
    let scheduled = false;
    let resolveShown;
    Object.defineProperty(window, ${JSON.stringify(SHOWN_AT_GLOBAL)}, {
      value: new Promise((resolve) => { resolveShown = resolve; }),
    });
    window[${JSON.stringify(CLICKED_AT_GLOBAL)}] = null;
    const interactive = (el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      if (getComputedStyle(el).visibility === 'hidden') return false;
      const control = el.matches(CONTROLS) ? el : el.querySelector(CONTROLS);
      return control === null || (!control.disabled && control.closest('[inert]') === null);
    };
    const check = () => {
      scheduled = false;
      if (clickFirst !== null) {
        const button = document.querySelector(clickFirst);
        if (button === null || !interactive(button)) return;
        clickFirst = null;
        window[${JSON.stringify(CLICKED_AT_GLOBAL)}] = performance.now();
        button.click();
      }
      const el = document.querySelector(selector);
      if (el !== null && interactive(el)) {
        resolveShown(performance.now());
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(() => {
      if (!scheduled) { scheduled = true; requestAnimationFrame(check); }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}
