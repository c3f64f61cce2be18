// Gradients for the few tfjs kernels the objective uses: tfjs-core's bundles do not register any
// (only its unbundled ESM does, which Node cannot load), so autodiff needs them from us.
import * as tf from '@tensorflow/tfjs-core';

type Saved = tf.Tensor[];
type Attrs = Record<string, unknown>;

/** Sums dy over the axes a broadcast input was stretched along, back to that input's shape. */
function unbroadcast(dy: tf.Tensor, shape: number[]): tf.Tensor {
  const axes = tf.backend_util.getReductionAxes(shape, dy.shape);
  const r = axes.length > 0 ? tf.sum(dy, axes) : dy;
  return tf.reshape(r, shape);
}

const configs: tf.GradConfig[] = [
  {
    kernelName: tf.Add, inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved: Saved) => {
      const [a, b] = saved; const g = dy as tf.Tensor;
      return { a: () => unbroadcast(g, a.shape), b: () => unbroadcast(g, b.shape) };
    },
  },
  {
    kernelName: tf.Sub, inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved: Saved) => {
      const [a, b] = saved; const g = dy as tf.Tensor;
      return { a: () => unbroadcast(g, a.shape), b: () => tf.neg(unbroadcast(g, b.shape)) };
    },
  },
  {
    kernelName: tf.Multiply, inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved: Saved) => {
      const [a, b] = saved; const g = dy as tf.Tensor;
      return { a: () => unbroadcast(tf.mul(g, b), a.shape), b: () => unbroadcast(tf.mul(g, a), b.shape) };
    },
  },
  {
    kernelName: tf.RealDiv, inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved: Saved) => {
      const [a, b] = saved; const g = dy as tf.Tensor;
      return {
        a: () => unbroadcast(tf.div(g, b), a.shape),
        b: () => unbroadcast(tf.neg(tf.div(tf.mul(g, a), tf.square(b))), b.shape),
      };
    },
  },
  {
    kernelName: tf.Neg,
    gradFunc: (dy) => ({ x: () => tf.neg(dy as tf.Tensor) }),
  },
  {
    kernelName: tf.Tanh, outputsToSave: [true],
    gradFunc: (dy, saved: Saved) => ({ x: () => tf.mul(tf.sub(1, tf.square(saved[0])), dy as tf.Tensor) }),
  },
  {
    kernelName: tf.Sigmoid, outputsToSave: [true],
    gradFunc: (dy, saved: Saved) => ({ x: () => tf.mul(dy as tf.Tensor, tf.mul(saved[0], tf.sub(1, saved[0]))) }),
  },
  {
    kernelName: tf.Log, inputsToSave: ['x'],
    gradFunc: (dy, saved: Saved) => ({ x: () => tf.div(dy as tf.Tensor, saved[0]) }),
  },
  {
    kernelName: tf.Square, inputsToSave: ['x'],
    gradFunc: (dy, saved: Saved) => ({ x: () => tf.mul(dy as tf.Tensor, tf.mul(saved[0], 2)) }),
  },
  {
    kernelName: tf.Sqrt, outputsToSave: [true],
    gradFunc: (dy, saved: Saved) => ({ x: () => tf.div(dy as tf.Tensor, tf.mul(saved[0], 2)) }),
  },
  {
    kernelName: tf.Reshape, inputsToSave: ['x'],
    gradFunc: (dy, saved: Saved) => ({ x: () => tf.reshape(dy as tf.Tensor, saved[0].shape) }),
  },
  {
    kernelName: tf.Sum, inputsToSave: ['x'],
    gradFunc: (dy, saved: Saved, attrs: Attrs) => {
      const [x] = saved;
      const axes = tf.util.parseAxisParam(attrs.axis as number | number[], x.shape);
      const kept = x.shape.slice();
      for (const a of axes) kept[a] = 1;
      return { x: () => tf.mul(tf.reshape(dy as tf.Tensor, kept), tf.onesLike(x)) };
    },
  },
];

/** Registers each gradient unless something (e.g. tfjs's own register_all_gradients in a bundler build) already did. */
export function registerGradients(): void {
  for (const c of configs) if (tf.getGradient(c.kernelName) == null) tf.registerGradient(c);
}
