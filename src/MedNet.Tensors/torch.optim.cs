// SPDX-License-Identifier: MIT
using MedNet.Tensors.Optim;

namespace MedNet.Tensors;

/// <summary>torch.optim: optimiser and scheduler factories.</summary>
public static partial class torch
{
    /// <summary>Optimisers with PyTorch's update rules.</summary>
    public static class optim
    {
        /// <summary>See <see cref="Optim.SGD"/>.</summary>
        /// <param name="parameters">Parameters.</param>
        /// <param name="lr">Learning rate.</param>
        /// <param name="momentum">Default: 0.</param>
        /// <param name="dampening">Default: 0.</param>
        /// <param name="weight_decay">Default: 0.</param>
        /// <param name="nesterov">Default: false.</param>
        /// <returns>The optimiser.</returns>
        public static SGD SGD(IEnumerable<Tensor> parameters, double lr, double momentum = 0, double dampening = 0, double weight_decay = 0, bool nesterov = false) =>
            new(parameters, lr, momentum, dampening, weight_decay, nesterov);

        /// <summary>See <see cref="Optim.Adam"/>.</summary>
        /// <param name="parameters">Parameters.</param>
        /// <param name="lr">Default: 1e-3.</param>
        /// <param name="betas">Default: (0.9, 0.999).</param>
        /// <param name="eps">Default: 1e-8.</param>
        /// <param name="weight_decay">Default: 0.</param>
        /// <param name="amsgrad">Default: false.</param>
        /// <returns>The optimiser.</returns>
        public static Adam Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false)
        {
            var (b1, b2) = betas ?? (0.9, 0.999);
            return new(parameters, lr, b1, b2, eps, weight_decay, amsgrad);
        }

        /// <summary>See <see cref="Optim.AdamW"/>.</summary>
        /// <param name="parameters">Parameters.</param>
        /// <param name="lr">Default: 1e-3.</param>
        /// <param name="betas">Default: (0.9, 0.999).</param>
        /// <param name="eps">Default: 1e-8.</param>
        /// <param name="weight_decay">Default: 1e-2.</param>
        /// <param name="amsgrad">Default: false.</param>
        /// <returns>The optimiser.</returns>
        public static AdamW AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false)
        {
            var (b1, b2) = betas ?? (0.9, 0.999);
            return new(parameters, lr, b1, b2, eps, weight_decay, amsgrad);
        }

        /// <summary>Learning-rate schedulers.</summary>
        public static class lr_scheduler
        {
            /// <summary>See <see cref="Optim.LRScheduler.StepLR"/>.</summary>
            /// <param name="optimizer">Optimiser.</param>
            /// <param name="step_size">Epochs between decays.</param>
            /// <param name="gamma">Default: 0.1.</param>
            /// <returns>The scheduler.</returns>
            public static Optim.LRScheduler.StepLR StepLR(Optimizer optimizer, int step_size, double gamma = 0.1) => new(optimizer, step_size, gamma);
        }
    }
}
