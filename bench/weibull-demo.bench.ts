// Weibull adstock on the demo: the demo dataset (156 weeks, 6 channels, generated with geometric carryover) fitted
// with every channel on geometric (the reference: the generating kernel), on Weibull PDF and on Weibull CDF, default
// priors otherwise. Prints per kind the sampler's health (divergences, max R-hat, min bulk ESS, wall time) and each
// channel's ROI (posterior mean and 94% interval) beside the truth, with the mean absolute relative ROI error.
//
//   npm run bench -- weibull-demo                      2 chains x (500 + 500), seed 1
//   npm run bench -- weibull-demo --kinds=weibull-pdf --chains=2 --warmup=300 --draws=300
import { generateDemoData } from '../src/core/data';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine';
import { createNodeHost } from '../src/core/engine/node-host';
import { fitModel } from '../src/core/fit';
import { defaultSpec, type AdstockKind, type FitConfig } from '../src/core/model';
import { roiDraws } from '../src/core/posterior';
import { credibleInterval, mean } from '../src/core/stats';

function option(name: string): string | undefined {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag?.slice(name.length + 3);
}

export default async function run(): Promise<void> {
  const demo = generateDemoData(1);
  const kinds = (option('kinds') ?? 'geometric,weibull-pdf,weibull-cdf').split(',') as AdstockKind[];
  const config: FitConfig = {
    ...DEFAULT_FIT_CONFIG, chains: Number(option('chains') ?? 2), warmup: Number(option('warmup') ?? 500),
    draws: Number(option('draws') ?? 500), seed: Number(option('seed') ?? 1),
  };
  console.log(`demo (156 weeks, ${demo.mapping.channels.length} channels, true kernel geometric, lmax 8); ${config.chains} chains x (${config.warmup} + ${config.draws})`);
  const host = createNodeHost();
  try {
    for (const kind of kinds) {
      const spec = defaultSpec(demo.mapping, demo.data.frequency);
      spec.channels.forEach((c) => { c.adstock = kind; });
      const t0 = performance.now();
      const model = await fitModel(demo.data, spec, config, { host });
      const secs = (performance.now() - t0) / 1000;
      const d = model.diagnostics;
      console.log(`\n${kind}: divergences ${d.divergences}, max R-hat ${d.max_rhat.toFixed(3)}, min bulk ESS ${d.min_ess_bulk.toFixed(0)}, ${secs.toFixed(1)} s`);
      const roi = roiDraws(model);
      const errs: number[] = [];
      let inside = 0;
      for (const ch of demo.mapping.channels) {
        const m = mean(roi[ch]), iv = credibleInterval(roi[ch], 0.94), truth = demo.truth.roi[ch];
        errs.push(Math.abs(m - truth) / truth);
        if (truth >= iv.lower && truth <= iv.upper) inside++;
        console.log(`  ${ch.padEnd(14)} ROI ${m.toFixed(2)} [${iv.lower.toFixed(2)}, ${iv.upper.toFixed(2)}]  truth ${truth.toFixed(2)}`);
      }
      console.log(`  mean |relative ROI error| ${mean(errs).toFixed(3)}; truth inside the 94% interval for ${inside} of ${errs.length}`);
    }
  } finally {
    await host.close();
  }
}
