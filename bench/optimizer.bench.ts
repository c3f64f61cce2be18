// Optimizer timing: optimizeBudget and the 20-budget frontier for 8 channels x 1000 draws x 13 periods.
import { budgetFrontier, optimizeBudget } from '../src/core/optimizer';
import { buildContext, type Context } from '../src/core/optimizer/context';
import { referenceContext } from '../test/optimizer/reference-response';
import { createRng } from '../src/core/stats';
import { fixtureModel, type FixtureChannel } from '../test/fixtures/model';

export function benchModel(channels = 8, draws = 1000, periods = 104) {
  const r = createRng(42).next;
  const sats = ['logistic', 'hill', 'michaelis-menten'] as const;
  const chs: FixtureChannel[] = Array.from({ length: channels }, (_, c) => {
    const sat = sats[c % 3];
    const around = (m: number, sd: number) => Array.from({ length: draws }, () => Math.max(0.05, m * (1 + sd * (r() * 2 - 1))));
    return {
      name: `ch${c + 1}`, adstock: c % 2 ? 'delayed' : 'geometric', lmax: 8, saturation: sat,
      alpha: around(0.5, 0.4), theta: around(1.5, 0.5), lam: around(sat === 'logistic' ? 2 + c * 0.3 : 0.8, 0.5),
      kappa: around(0.5, 0.5), slope: around(1.2, 0.3), beta: around(0.1 + 0.02 * c, 0.5),
      history: Array.from({ length: periods }, () => 1000 * (c + 1) * (0.5 + r())),
    };
  });
  return fixtureModel({ channels: chs, kpiScale: 100000, intercept: Array.from({ length: draws }, () => 0.3 + 0.05 * r()) });
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; out: T }> {
  const t0 = performance.now();
  const out = await fn();
  return { ms: performance.now() - t0, out };
}

export default async function run(): Promise<void> {
  const model = benchModel();
  await optimizeBudget(model, { horizon: 13, maxDraws: 50, randomStarts: 0 }); // warm tfjs up
  const opt = await time(() => optimizeBudget(model, { horizon: 13 }));
  const iters = opt.out.starts.map((s) => s.iterations).join('+');
  console.log(`optimizeBudget 8 ch x 1000 draws x 13 periods (5 starts, ${iters} iterations): ${opt.ms.toFixed(0)} ms; KKT spread ${opt.out.kkt.spread.toExponential(1)}`);
  const cons = await time(() => optimizeBudget(model, { horizon: 13, maxChange: 0.3 }));
  console.log(`optimizeBudget with max-change 30%: ${cons.ms.toFixed(0)} ms`);
  const q = await time(() => optimizeBudget(model, { horizon: 13, objective: 'q10' }));
  console.log(`optimizeBudget objective q10: ${q.ms.toFixed(0)} ms`);
  const fr = await time(() => budgetFrontier(model, { horizon: 13 }));
  console.log(`budgetFrontier 20 budgets (50%..200%, warm-started): ${fr.ms.toFixed(0)} ms`);
  // one objective-and-gradient evaluation: the fused engine against the op-by-op tfjs reference (test/)
  const plan = Array.from({ length: 8 }, (_, c) => 1000 * (c + 1));
  const fused = await buildContext(model, { horizon: 13 });
  const ref = await referenceContext(model, { horizon: 13 });
  const per = (ctx: Context) => { const t0 = performance.now(); for (let i = 0; i < 20; i++) ctx.evaluate(plan); return (performance.now() - t0) / 20; };
  per(fused); per(ref); // warm up
  console.log(`one evaluation (objective, gradient, curvature), 8 ch x 1000 draws: fused ${per(fused).toFixed(1)} ms, op-by-op tfjs reference ${per(ref).toFixed(1)} ms`);
  fused.dispose(); ref.dispose();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
