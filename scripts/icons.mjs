// Renders every icon in assets/ from assets/icon.svg (the one vector source). Run after editing
// the SVG: `node scripts/icons.mjs`. The outputs are committed so builds need no rasteriser.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const assets = resolve(import.meta.dirname, '../assets');
const source = readFileSync(resolve(assets, 'icon.svg'), 'utf8');

/** Hides groups by id and recolours the glyph, on the SVG text. */
function variant({ hide = [], ink, accent }) {
  let svg = source;
  for (const id of hide) svg = svg.replace(`<g id="${id}"`, `<g id="${id}" display="none"`);
  if (ink)
    svg = svg
      .replace('stroke="#f0b070"', `stroke="${ink}"`)
      .replace('<g id="paused" fill="#f0b070"', `<g id="paused" fill="${ink}"`);
  if (accent) svg = svg.replace('fill="#ff7a59"', `fill="${accent}"`);
  return svg;
}

function png(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

const app = variant({ hide: ['due', 'paused'] });
const icon1024 = png(app, 1024);
writeFileSync(resolve(assets, 'icon-1024.png'), icon1024);
writeFileSync(resolve(assets, 'icon-512.png'), png(app, 512));
writeFileSync(resolve(assets, 'icon.icns'), png2icons.createICNS(icon1024, png2icons.BICUBIC, 0));
writeFileSync(resolve(assets, 'icon.ico'), png2icons.createICO(icon1024, png2icons.BICUBIC, 0, true));

const overlays = { waiting: ['due', 'paused'], due: ['paused'], paused: ['due'] };
// Ink for light panels is dark, for dark panels light; macOS templates are black + alpha.
const inks = {
  light: { ink: '#2b2118', accent: '#c2410c' },
  dark: { ink: '#f3e9dc', accent: '#ff9f6b' },
  Template: { ink: '#000000', accent: '#000000' },
};
for (const [state, hide] of Object.entries(overlays)) {
  for (const [panel, colours] of Object.entries(inks)) {
    const svg = variant({ hide: ['plate', ...hide], ...colours });
    const name = panel === 'Template' ? `tray-${state}Template` : `tray-${state}-${panel}`;
    writeFileSync(resolve(assets, 'tray', `${name}.png`), png(svg, 16));
    writeFileSync(resolve(assets, 'tray', `${name}@2x.png`), png(svg, 32));
  }
}
console.log('icons written to assets/');
