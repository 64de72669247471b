// Renders a BPMN model to SVG (and PNG) with bpmn-js in headless Chromium, for the pictures in docs/.
// Not part of the build. Usage (see tools/render-model.sh, which installs what this needs into a temp dir):
//   node tools/render-model.mjs bpmn/abuse-report.bpmn docs/images/abuse-report.svg
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(process.env.RENDER_NODE_MODULES + '/');
const { chromium } = require('playwright-core');
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map((f) => readFileSync(require.resolve('bpmn-js/dist/assets/' + f), 'utf8'));

const [input, output] = process.argv.slice(2);
const xml = readFileSync(resolve(input), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 3000, height: 1400 }, deviceScaleFactor: 1 });
await page.setContent(`<html><head><style>${css.join('\n')} body{margin:0;font-family:'Noto Sans CJK JP',sans-serif}</style></head>
  <body><div id="c" style="width:3000px;height:1400px"></div></body></html>`);
await page.addScriptTag({ content: viewer });
const svg = await page.evaluate(async (xml) => {
  const v = new BpmnJS({ container: '#c' });
  await v.importXML(xml);
  v.get('canvas').zoom('fit-viewport');
  return (await v.saveSVG()).svg;
}, xml);
writeFileSync(output, svg);
if (output.endsWith('.svg')) {
  await page.setContent(`<html><body style="margin:0;background:#fff">${svg}</body></html>`);
  const el = await page.$('svg');
  await el.screenshot({ path: output.replace(/\.svg$/, '.png') });
}
await browser.close();
console.log('rendered', input, '->', output);
