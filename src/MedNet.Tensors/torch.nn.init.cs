// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors;

/// <summary>torch.nn.init: in-place initialisers drawing from the default generator.</summary>
public static partial class torch
{
    /// <summary>The torch.nn namespace: layer factories, init and functional.</summary>
    public static partial class nn
    {
        /// <summary>In-place initialisers with PyTorch's formulas.</summary>
        public static class init
        {
            /// <summary>Fills with U(−bound, bound), bound = gain·√(3 / fan), gain = √(2 / (1 + a²)) for leaky_relu.</summary>
            /// <param name="tensor">Tensor with ≥ 2 dimensions.</param>
            /// <param name="a">Negative slope of the rectifier after this layer. Default: 0.</param>
            /// <param name="mode">"fan_in" (default) or "fan_out".</param>
            /// <returns>The tensor.</returns>
            public static Tensor kaiming_uniform_(Tensor tensor, double a = 0, string mode = "fan_in")
            {
                var (fanIn, fanOut) = InitMath.Fans(tensor);
                var fan = mode switch
                {
                    "fan_in" => fanIn,
                    "fan_out" => fanOut,
                    _ => throw new ArgumentException($"kaiming_uniform_: expected mode 'fan_in' or 'fan_out' but got '{mode}'.", nameof(mode)),
                };
                var gain = Math.Sqrt(2.0 / (1 + (a * a)));
                var bound = Math.Sqrt(3.0) * (gain / Math.Sqrt(fan));
                using var noGrad = torch.no_grad();
                return tensor.uniform_(-bound, bound);
            }

            /// <summary>Fills with U(−bound, bound), bound = gain·√(6 / (fan_in + fan_out)).</summary>
            /// <param name="tensor">Tensor with ≥ 2 dimensions.</param>
            /// <param name="gain">Scale. Default: 1.</param>
            /// <returns>The tensor.</returns>
            public static Tensor xavier_uniform_(Tensor tensor, double gain = 1.0)
            {
                var (fanIn, fanOut) = InitMath.Fans(tensor);
                var bound = gain * Math.Sqrt(6.0 / (fanIn + fanOut));
                using var noGrad = torch.no_grad();
                return tensor.uniform_(-bound, bound);
            }

            /// <summary>Fills with U(a, b).</summary>
            /// <param name="tensor">Tensor.</param>
            /// <param name="a">Lower bound. Default: 0.</param>
            /// <param name="b">Upper bound. Default: 1.</param>
            /// <returns>The tensor.</returns>
            public static Tensor uniform_(Tensor tensor, double a = 0, double b = 1)
            {
                using var noGrad = torch.no_grad();
                return tensor.uniform_(a, b);
            }

            /// <summary>Fills with N(mean, std²).</summary>
            /// <param name="tensor">Tensor.</param>
            /// <param name="mean">Mean. Default: 0.</param>
            /// <param name="std">Standard deviation. Default: 1.</param>
            /// <returns>The tensor.</returns>
            public static Tensor normal_(Tensor tensor, double mean = 0, double std = 1)
            {
                using var noGrad = torch.no_grad();
                return tensor.normal_(mean, std);
            }

            /// <summary>Fills with zeros.</summary>
            /// <param name="tensor">Tensor.</param>
            /// <returns>The tensor.</returns>
            public static Tensor zeros_(Tensor tensor)
            {
                using var noGrad = torch.no_grad();
                return tensor.zero_();
            }

            /// <summary>Fills with ones.</summary>
            /// <param name="tensor">Tensor.</param>
            /// <returns>The tensor.</returns>
            public static Tensor ones_(Tensor tensor)
            {
                using var noGrad = torch.no_grad();
                return tensor.fill_(1f);
            }

            /// <summary>Fills with a constant.</summary>
            /// <param name="tensor">Tensor.</param>
            /// <param name="val">Value.</param>
            /// <returns>The tensor.</returns>
            public static Tensor constant_(Tensor tensor, double val)
            {
                using var noGrad = torch.no_grad();
                return tensor.fill_((float)val);
            }
        }
    }
}
