/**
 * Logistic regression fitted by a fixed number of full-batch gradient steps on standardised
 * features, from zero weights: the same data always gives the same model (no seed, no timing).
 */

export interface LogisticModel {
  weights: number[];
  bias: number;
  mean: number[];
  scale: number[];
}

const STEPS = 400;
const RATE = 0.5;
/** L2 penalty: keeps weights finite when the training set separates cleanly. */
const L2 = 0.01;

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++)
    z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return sigmoid(z);
}

export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[]): LogisticModel {
  const d = xs[0]?.length ?? 0;
  const n = xs.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of xs) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * z[i]![j]!;
      const err = sigmoid(s) - ys[i]!;
      gb += err;
      for (let j = 0; j < d; j++) gw[j]! += err * z[i]![j]!;
    }
    b -= (RATE * gb) / Math.max(1, n);
    for (let j = 0; j < d; j++) w[j]! -= RATE * (gw[j]! / Math.max(1, n) + L2 * w[j]!);
  }
  return { weights: w, bias: b, mean, scale };
}
