/**
 * Weighted logistic regression on standardised features, fitted by Newton's method from zero
 * weights: a few exact steps instead of hundreds of gradient ones, and the same data always
 * gives the same model (no seed, no timing).
 */

export interface LogisticModel {
  weights: number[];
  bias: number;
  mean: number[];
  scale: number[];
}

/** Newton steps at most; the fit stops earlier once no weight moves more than TOLERANCE. */
const STEPS = 25;
const TOLERANCE = 1e-7;

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The model's log-odds for one answer. */
export function logit(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++)
    z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return z;
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  return sigmoid(logit(model, x));
}

/** Solves A·x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}

/**
 * Fits P(y = 1 | x), each example counting `sampleWeights[i]` times (1 when not given): the
 * weighted mean log loss plus `penalty`/2 times the squared feature weights (not the bias), which
 * keeps them finite when the training set separates cleanly.
 */
export function fitLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  sampleWeights?: readonly number[],
  penalty = 0.01,
): LogisticModel {
  const d = xs[0]?.length ?? 0;
  const sw = sampleWeights ?? xs.map(() => 1);
  const total = sw.reduce((s, w) => s + w, 0) || 1;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  xs.forEach((x, i) => {
    for (let j = 0; j < d; j++) mean[j]! += (sw[i]! * x[j]!) / total;
  });
  xs.forEach((x, i) => {
    for (let j = 0; j < d; j++) scale[j]! += (sw[i]! * (x[j]! - mean[j]!) ** 2) / total;
  });
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) > 1e-9 ? Math.sqrt(scale[j]!) : 1;
  // Standardised rows with a leading 1 for the bias.
  const z = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    z.forEach((row, i) => {
      let s = 0;
      for (let j = 0; j <= d; j++) s += beta[j]! * row[j]!;
      const p = sigmoid(s);
      const w = sw[i]! / total;
      const h = w * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += w * (p - ys[i]!) * row[j]!;
        for (let k = 0; k <= j; k++) hess[j]![k]! += h * row[j]! * row[k]!;
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[k]![j] = hess[j]![k]!;
    for (let j = 1; j <= d; j++) {
      grad[j]! += penalty * beta[j]!;
      hess[j]![j]! += penalty;
    }
    const delta = solve(hess, grad);
    let moved = 0;
    for (let j = 0; j <= d; j++) {
      beta[j]! -= delta[j]!;
      moved = Math.max(moved, Math.abs(delta[j]!));
    }
    if (moved < TOLERANCE) break;
  }
  return { weights: beta.slice(1), bias: beta[0]!, mean, scale };
}
