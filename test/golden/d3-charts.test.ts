// Golden SVGs of the charts that draw with d3 once mounted (Fit page diagnostics, Data page preview), rendered in chromium.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM, SKIP_MESSAGE } from '../e2e/harness';
import { openChartBrowser, type ChartBrowser } from './browser-render';
import { model } from './fixture';
import { expectGolden } from './golden';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(SKIP_MESSAGE);

// One parameter, fixed (the Fit page opens on the param R-hat, which is this one today), so the goldens test the plots alone.
const param = 'adstock_alpha[search]';

describe.skipIf(!hasChromium)('d3-drawn charts (FitPage.svelte and DataPage.svelte wiring)', () => {
  let b: ChartBrowser;
  beforeAll(async () => {
    b = await openChartBrowser({
      TracePlot: 'src/ui/fit/TracePlot.svelte',
      RankPlot: 'src/ui/fit/RankPlot.svelte',
      EnergyPlot: 'src/ui/fit/EnergyPlot.svelte',
      PreviewChart: 'src/ui/data/PreviewChart.svelte',
    });
  });
  afterAll(async () => { await b?.close(); });

  it('TracePlot', async () => expectGolden('TracePlot', await b.render('TracePlot', { draws: model.draws[param], name: param }, 600)));
  it('RankPlot', async () => expectGolden('RankPlot', await b.render('RankPlot', { draws: model.draws[param], name: param }, 600)));
  it('EnergyPlot', async () => expectGolden('EnergyPlot',
    await b.render('EnergyPlot', { energy: model.sampler.energy, ebfmi: model.diagnostics.ebfmi }, 600)));
  it('PreviewChart', async () => expectGolden('PreviewChart', await b.render('PreviewChart', { data: model.data }, 900)));
});
