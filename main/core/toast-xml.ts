/**
 * A Windows toast with buttons. Electron shows notification buttons only on macOS; on Windows a
 * toast's buttons are written in the toast's own XML, and a button with protocol activation makes
 * the OS start Unknot again with the button's URL, which the running instance receives as a second
 * launch (launch-actions.ts parses it). The body's click stays Electron's own `click` event.
 */
export interface ToastContent {
  readonly title: string;
  readonly body: string;
  readonly buttons: readonly { readonly label: string; readonly url: string }[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text and attribute values alike: every character XML gives a meaning is written as an entity. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export function toastXml({ title, body, buttons }: ToastContent): string {
  const actions = buttons
    .map(
      (button) =>
        `<action content="${escapeXml(button.label)}" arguments="${escapeXml(button.url)}" activationType="protocol"/>`,
    )
    .join('');
  return (
    '<toast>' +
    `<visual><binding template="ToastGeneric"><text>${escapeXml(title)}</text><text>${escapeXml(body)}</text></binding></visual>` +
    (actions ? `<actions>${actions}</actions>` : '') +
    '</toast>'
  );
}
